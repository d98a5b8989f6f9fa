import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bijoyToUnicode,
  convertJsonEscaped,
  convertMixed,
  decodeWindows1252,
  detectRuns,
  repairBrokenConjuncts,
  repairLeftovers,
  repairListMarkers,
} from './bijoy.ts';
import { normalizeText } from './normalize.ts';
import { loadCorpus } from '../../test/corpus/bijoy/corpus.ts';
import { unicodeToBijoy } from '../../test/corpus/bijoy/encode.ts';

const corpus = loadCorpus();

test('the corpus: every phrase converts exactly (measured: 245 of 245; at least 98% required)', () => {
  const wrong = corpus.filter((c) => convertMixed(c.bijoy).text !== c.unicode);
  assert.ok(corpus.length >= 150, `corpus has ${corpus.length} phrases`);
  assert.equal(corpus.length, 245);
  assert.deepEqual(
    wrong.map((c) => `${c.bijoy} -> ${convertMixed(c.bijoy).text} (want ${c.unicode})`),
    [],
  );
  assert.ok((corpus.length - wrong.length) / corpus.length >= 0.98);
  assert.equal(corpus.filter((c) => c.mixed).length, 36);
  assert.equal(corpus.filter((c) => c.source === 'typed').length, 63);
});

test('the corpus encoder round-trips through the converter for every all-Bengali phrase', () => {
  const bengali = corpus.filter((c) => c.source === 'encoded' && !c.mixed);
  assert.ok(bengali.length > 150);
  for (const c of bengali) {
    assert.equal(unicodeToBijoy(c.unicode), c.bijoy);
    assert.equal(bijoyToUnicode(c.bijoy), c.unicode, c.bijoy);
  }
});

test('bijoyToUnicode: reordering, reph, phalas, conjunct glyphs and digits', () => {
  const cases: [string, string, string][] = [
    ['pre-base e-kar moves after its letter', '‡Rjv', 'জেলা'],
    ['pre-base i-kar moves after the whole cluster', 'cÖwZ', 'প্রতি'],
    ['i-kar before a half-letter cluster', 'kvwšÍ', 'শান্তি'],
    ['ai-kar, and its variant glyph', 'ˆbwZK ‰bwZK', 'নৈতিক নৈতিক'],
    ['e-kar + aa-kar is o-kar', '‡hvMv‡hvM', 'যোগাযোগ'],
    ['e-kar + au length mark is au-kar', '‡KŠkj', 'কৌশল'],
    ['reph after its letter goes before it', 'Kvh©vjq', 'কার্যালয়'],
    ['reph on a letter with a pre-base vowel sign', 'wbe©vnx', 'নির্বাহী'],
    ['reph typed after the vowel sign', 'KZ…©K', 'কর্তৃক'],
    ['reph on a cluster with a phala', 'Da¡©Zb', 'উর্ধ্বতন'],
    ['ya-phala', 'e¨w³', 'ব্যক্তি'],
    ['ya-phala after র is written with ZWJ', 'i¨vsK', 'র\u200D্যাংক'],
    ['ra-phala glyphs Ö ª «', 'cÖkvmb `ª“Z wc«›U', 'প্রশাসন দ্রুত প্রিন্ট'],
    ['half letters joining phalas', '¯^v¯’¨ my¯’ gš¿Yvjq', 'স্বাস্থ্য সুস্থ মন্ত্রণালয়'],
    ['glyphs with their vowel sign', 'ïiæ ¸iæZ¡ ûeû ü`q wKš‘', 'শুরু গুরুত্ব হুবহু হৃদয় কিন্তু'],
    ['ক্ষ both ways', 'wkÿv wk¶v', 'শিক্ষা শিক্ষা'],
    ['ণ্ড both ways (Ð is no hyphen)', 'fvÐvi gÊj', 'ভাণ্ডার মণ্ডল'],
    ['অ + া is আ', 'Av‡e`b', 'আবেদন'],
    ['chandrabindu after the vowel sign', 'Pvu` ‡cŠu‡Q', 'চাঁদ পৌঁছে'],
    ['ya with nukta, visarga', 'mgq ‡gvt', 'সময় মোঃ'],
    ['digits', '0123456789', '০১২৩৪৫৬৭৮৯'],
    ['ordinals and dates', '1g ‡kÖwY, 16 wW‡m¤^i 2024', '১ম শ্রেণি, ১৬ ডিসেম্বর ২০২৪'],
    ['danda', 'Kiv n‡jv|', 'করা হলো।'],
    ['Windows-1252 glyphs read as Latin-1 control characters', '\u0087Rjv', 'জেলা'],
    ['whole document, lines kept', '‡Rjv cÖkvm‡Ki Kvh©vjq\nmgqmxgv: 3 Kvh©w`em', 'জেলা প্রশাসকের কার্যালয়\nসময়সীমা: ৩ কার্যদিবস'],
  ];
  for (const [name, bijoy, unicode] of cases) assert.equal(bijoyToUnicode(bijoy), normalizeText(unicode), name);
});

test('detectRuns: Unicode, Bijoy and English in one line; the runs add up to the text', () => {
  const line = 'জেলা প্রশাসকের কার্যালয় ‡Rjv cÖkvm‡Ki Kvh©vjq, e-mail: dc.khulna@mopa.gov.bd, www.khulna.gov.bd ICT Division';
  const runs = detectRuns(line);
  assert.equal(runs.map((r) => r.text).join(''), line);
  assert.deepEqual(
    runs.map((r) => [r.kind, r.text.trim()]),
    [
      ['unicode', 'জেলা প্রশাসকের কার্যালয়'],
      ['bijoy', '‡Rjv cÖkvm‡Ki Kvh©vjq,'],
      ['latin', 'e-mail: dc.khulna@mopa.gov.bd, www.khulna.gov.bd ICT Division'],
    ],
  );
  const texts = ['', '   ', 'plain English only', 'Kvh©vjq | Office | ‡mev', 'a\n\n‡Rjv\r\nb', '<td class="x">‡Rjv</td>', '"\\u2021Rjv"'];
  for (const t of texts)
    assert.equal(
      detectRuns(t)
        .map((r) => r.text)
        .join(''),
      t,
      JSON.stringify(t),
    );
});

test('convertMixed: English, URLs, e-mails and numbers stay; Bijoy is converted', () => {
  const cases: [string, string, string, number][] = [
    ['three scripts', 'জেলা কার্যালয় ‡Rjv Kvh©vjq email: dc@x.gov.bd', 'জেলা কার্যালয় জেলা কার্যালয় email: dc@x.gov.bd', 1],
    ['a URL inside Bijoy', 'I‡qemvBU: https://www.grs.gov.bd/ ‡_‡K Awf‡hvM', 'ওয়েবসাইট: https://www.grs.gov.bd/ থেকে অভিযোগ', 2],
    ['digits after a Bijoy label become Bengali', '‡dvb: 01712-345678', 'ফোন: ০১৭১২-৩৪৫৬৭৮', 1],
    ['digits in English stay', 'Room 305, ICT Tower', 'Room 305, ICT Tower', 0],
    ['digits in Unicode text stay', 'কক্ষ 305', 'কক্ষ 305', 0],
    ['acronyms and English words', 'ICT welqK cÖwkÿY (Citizen’s Charter)', 'ICT বিষয়ক প্রশিক্ষণ (Citizen’s Charter)', 1],
    ['English all through', 'Office of the Deputy Commissioner, Dhaka', 'Office of the Deputy Commissioner, Dhaka', 0],
    ['ambiguous I between Bijoy words is ও', 'wkÿv I cÖwkÿY', 'শিক্ষা ও প্রশিক্ষণ', 1],
    ['ambiguous I in English stays', 'I am the Assistant Programmer', 'I am the Assistant Programmer', 0],
    ['a lone | between cells is kept', 'Kvh©vjq | Office', 'কার্যালয় | Office', 1],
    ['a lone | ending a Bijoy line is a danda', 'Kiv n‡jv |', 'করা হলো ।', 1],
    ['HTML tags are not Bijoy', '<b>‡Rjv</b>', '<b>জেলা</b>', 1],
  ];
  for (const [name, input, text, converted] of cases) assert.deepEqual(convertMixed(input), { text, converted }, name);
});

test('convertMixed: a Bijoy word however short and wherever it stands (issue 7 part 8)', () => {
  const cases: [string, string, string][] = [
    ['a one-letter Bijoy word between Unicode words', 'আবেদনপত্র I জাতীয় পরিচয়পত্রের কপি', 'আবেদনপত্র ও জাতীয় পরিচয়পত্রের কপি'],
    ['a weak Bijoy word inside a Unicode line', 'সংশ্লিষ্ট শাখায় Rgv দিতে হবে', 'সংশ্লিষ্ট শাখায় জমা দিতে হবে'],
    ['a Bijoy word ending a Unicode line', 'প্রয়োজনীয় কাগজপত্র: আবেদনপত্র, Qwe', 'প্রয়োজনীয় কাগজপত্র: আবেদনপত্র, ছবি'],
    ['a Bijoy word opening a Unicode line', 'Kwc সংযুক্ত করতে হবে', 'কপি সংযুক্ত করতে হবে'],
    ['a two-letter run after a Bengali number', 'পাসপোর্ট সাইজের ছবি ২ wU', 'পাসপোর্ট সাইজের ছবি ২ টি'],
    ['a Bijoy suffix glued to a Bengali number', 'পাসপোর্ট সাইজের ছবি ২wU', 'পাসপোর্ট সাইজের ছবি ২টি'],
    ['English, then Bijoy', 'Upazila ICT Officer, Dc‡Rjv AvBwmwU Awdmvi', 'Upazila ICT Officer, উপজেলা আইসিটি অফিসার'],
    ['Bijoy with digits and an ordinal', 'Kÿ bs 305, 2q Zjv', 'কক্ষ নং ৩০৫, ২য় তলা'],
    ['Bijoy digits glued to a Bijoy word', 'Qwe 3wU', 'ছবি ৩টি'],
    ['a phone after a Bijoy label, a Bijoy word in brackets', '‡gvevBj: 01712-345678 (Awdm)', 'মোবাইল: ০১৭১২-৩৪৫৬৭৮ (অফিস)'],
  ];
  for (const [name, input, text] of cases) assert.equal(convertMixed(input).text, normalizeText(text), name);
  // spacing as written, up to what the import's normalisation does anyway
  assert.equal(convertMixed('জনাব  Avjx\tহোসেন').text, normalizeText('জনাব  আলী\tহোসেন'));
  const line = 'জমির খতিয়ানের  Kwc ,  ২ wU';
  assert.equal(
    detectRuns(line)
      .map((r) => r.text)
      .join(''),
    line,
  );
});

test('convertMixed: English words, names, codes and units next to Unicode Bengali stay as written', () => {
  const kept = [
    'ICT বিভাগ',
    'e-Nothi তে আবেদন',
    'bKash এর মাধ্যমে',
    'ToR অনুযায়ী',
    '৩৩ kV লাইন',
    'SDGs অর্জন',
    'জনাব Roy',
    'Moulvibazar জেলা',
    'কক্ষ 305',
    'A4 সাইজের কাগজ',
    'Zoom এ সভা',
    'ই-মেইল: uno@x.gov.bd',
    'www.grs.gov.bd এ অভিযোগ',
    '• আবেদনপত্র',
    'amount when one amount is due (“৫০/-”, “৳৫০০”)',
    'Upazila Digital Center থেকে সেবা',
  ];
  for (const text of kept) assert.deepEqual(convertMixed(text), { text, converted: 0 }, text);
});

test('convertMixed: a symbol-font bullet standing alone is kept, not read as a Bijoy letter', () => {
  for (const text of ['Ø আবেদনপত্র', '§ আবেদনপত্র § ছবি', '· আবেদনপত্র', 'ü জাতীয় পরিচয়পত্র']) {
    assert.deepEqual(convertMixed(text), { text, converted: 0 }, text);
  }
  assert.equal(convertMixed('Ø Av‡e`bcÎ').text, 'Ø আবেদনপত্র', 'in a Bijoy line too');
});

test('convertJsonEscaped: Bijoy inside \\u-escaped literals is converted and written back escaped', () => {
  const page = '<script>var d = {"title":"\\u2021Rjv c\\u00d6kvm\\u2021Ki Kvh\\u00a9vjq","url":"https:\\/\\/x.gov.bd","en":"caf\\u00e9 ICT Office"};</script>';
  const out = convertJsonEscaped(page);
  assert.equal(out.converted, 1);
  const json = out.text.slice(out.text.indexOf('{'), out.text.lastIndexOf('}') + 1);
  assert.match(json, /^[\x20-\x7e]+$/, 'output stays ASCII, as it came');
  const data = JSON.parse(json) as Record<string, string>;
  assert.equal(data.title, 'জেলা প্রশাসকের কার্যালয়');
  assert.equal(data.url, 'https://x.gov.bd');
  assert.ok(out.text.includes('"url":"https:\\/\\/x.gov.bd"'), 'a literal with no Bijoy is left byte for byte');
  const single = convertJsonEscaped("title: 'mgqmxgv \\u2021mev'");
  assert.deepEqual(single, { text: "title: '\\u09b8\\u09ae\\u09af\\u09bc\\u09b8\\u09c0\\u09ae\\u09be \\u09b8\\u09c7\\u09ac\\u09be'", converted: 1 });
  assert.deepEqual(convertJsonEscaped('no literals here'), { text: 'no literals here', converted: 0 });
});

test('repairLeftovers: Bijoy glyphs left inside Unicode words, each fix reported', () => {
  const cases: [string, string, string][] = [
    ['ÿ for ক্ষ', 'শিÿা', 'শিক্ষা'],
    ['¯ with its phala', 'অব¯’া', 'অবস্থা'],
    ['¯ before a Unicode letter', 'বা¯তব', 'বাস্তব'],
    ['reph left after its letter', 'কায©ালয়', 'কার্যালয়'],
    ['pre-base sign left before its letter', '‡জলা', 'জেলা'],
    ['ya-phala glyph', 'ব¨বস্থা', 'ব্যবস্থা'],
  ];
  for (const [name, input, output] of cases) {
    const r = repairLeftovers(`সেবা ${input}`);
    assert.equal(r.text, `সেবা ${normalizeText(output)}`, name);
    assert.deepEqual(r.fixes, [{ from: input, to: normalizeText(output), index: 5 }], name);
  }
  const clean = '“জেলা” ৩০° © ২০২৪, ১½ ঘণ্টা — ICT';
  assert.deepEqual(repairLeftovers(clean), { text: clean, fixes: [] }, 'quotes, degrees, © and dashes beside Unicode are not leftovers');
});

test('repairBrokenConjuncts: old converter damage repaired; আত্মা and মহাত্মা stay', () => {
  const cases: [string, string][] = [
    ['প্রসত্মাব', 'প্রস্তাব'],
    ['সত্মর', 'স্তর'],
    ['বাসত্মবায়ন', 'বাস্তবায়ন'],
    ['বাস্ত্মবায়ন', 'বাস্তবায়ন'],
    ['অনত্মর্ভুক্ত', 'অন্তর্ভুক্ত'],
    ['পর্যনত্ম', 'পর্যন্ত'],
    ['শানিত্ম', 'শান্তি'],
    ['মন্ত্ম্রণালয়', 'মন্ত্রণালয়'],
    ['তরম্নণ', 'তরুণ'],
    ['উলেস্নখ', 'উল্লেখ'],
    ['পলস্নী', 'পল্লী'],
    ['ধমর্', 'ধর্ম'],
    ['কমর্কতর্া', 'কর্মকর্তা'],
    ['কতৃর্ক', 'কর্তৃক'],
    ['কাযর্দিবস', 'কার্যদিবস'],
  ];
  for (const [broken, right] of cases) {
    const r = repairBrokenConjuncts(`১. ${broken} ও`);
    assert.equal(r.text, `১. ${normalizeText(right)} ও`, broken);
    assert.deepEqual(r.fixes, [{ from: broken, to: normalizeText(right), index: 3 }], broken);
  }
  const correct = 'আত্মা মহাত্মা আত্মকর্মসংস্থান পরমাত্মা স্নাতক স্নেহ নিম্ন কার্যালয় সর্বোচ্চ উন্নত্মানের জলস্নান';
  assert.deepEqual(repairBrokenConjuncts(correct), { text: normalizeText(correct), fixes: [] });
});

/** Each family of the old table's wrong entries (see bijoy-repair.ts), on words charters use; fixes name the whole word. */
const FAMILIES: Record<string, [string, string][]> = {
  'ন্ত as ম + ত্ম (š came out ম, Í as ত্ম)': [
    ['পর্যমত্ম', 'পর্যন্ত'],
    ['পর্যম্ত্ম', 'পর্যন্ত'],
    ['অমত্মর্ভুক্ত', 'অন্তর্ভুক্ত'],
    ['সমত্মান', 'সন্তান'],
    ['সংক্রামত্ম', 'সংক্রান্ত'],
    ['সিদ্ধামত্ম', 'সিদ্ধান্ত'],
    ['মমত্মব্য', 'মন্তব্য'],
    ['তদমত্ম', 'তদন্ত'],
    ['চিমত্মা', 'চিন্তা'],
    ['আমত্মজার্তিক', 'আন্তর্জাতিক'],
  ],
  'ন্ত with a pre-base vowel sign between': [
    ['প্রামিত্মক', 'প্রান্তিক'],
    ['শামিত্ম', 'শান্তি'],
    ['ঐকামিত্মক', 'ঐকান্তিক'],
    ['কিংবদমিত্মতুল্য', 'কিংবদন্তিতুল্য'],
  ],
  'ন্ত্র: র kept, or lost with Í': [
    ['মমত্ম্রণালয়', 'মন্ত্রণালয়'],
    ['মম্ত্রণালয়', 'মন্ত্রণালয়'],
    ['মমত্মণালয়', 'মন্ত্রণালয়'],
    ['নিয়মত্মণ', 'নিয়ন্ত্রণ'],
    ['মমত্মী', 'মন্ত্রী'],
    ['মমিত্মপরিষদ', 'মন্ত্রিপরিষদ'],
  ],
  'স্ত and প্ত (Í as ত্ম after ¯ and c)': [
    ['কিসিত্মতে', 'কিস্তিতে'],
    ['সমসত্ম', 'সমস্ত'],
    ['দপত্মর', 'দপ্তর'],
    ['সপত্মাহ', 'সপ্তাহ'],
  ],
  'ু after র (æ as ম্ন)': [
    ['প্রতিশ্রম্নতি', 'প্রতিশ্রুতি'],
    ['শুরম্ন', 'শুরু'],
    ['গুরম্নত্বপূর্ণ', 'গুরুত্বপূর্ণ'],
  ],
  'the ল-phala (ø as স্ন) after ল প শ গ ব ম স': [
    ['সংশিস্নষ্ট', 'সংশ্লিষ্ট'],
    ['উলিস্নখিত', 'উল্লিখিত'],
    ['পস্নট', 'প্লট'],
    ['সাপস্নাই', 'সাপ্লাই'],
    ['বস্নক', 'ব্লক'],
    ['গস্নোবাল', 'গ্লোবাল'],
    ['ম্স্নান', 'ম্লান'],
    ['স্স্নোগান', 'স্লোগান'],
  ],
  'ণ্ড (Ð as a hyphen)': [
    ['ভা-ার', 'ভাণ্ডার'],
    ['প-িত', 'পণ্ডিত'],
    ['দ-িত', 'দণ্ডিত'],
    ['পা-ুলিপি', 'পাণ্ডুলিপি'],
    ['শিক্ষকম-লী', 'শিক্ষকমণ্ডলী'],
    ['ম-লের', 'মণ্ডলের'],
    ['কর্মকা-', 'কর্মকাণ্ড'],
    ['খ-কালীন', 'খণ্ডকালীন'],
  ],
};

test('repairBrokenConjuncts: every family the old table broke, each fix naming the whole word', () => {
  for (const [family, cases] of Object.entries(FAMILIES)) {
    for (const [broken, right] of cases) {
      const r = repairBrokenConjuncts(`সেবা ${broken} ও`);
      assert.equal(r.text, `সেবা ${normalizeText(right)} ও`, `${family}: ${broken}`);
      assert.deepEqual(r.fixes, [{ from: broken, to: normalizeText(right), index: 5 }], `${family}: ${broken}`);
    }
  }
  // punctuation around the word is not part of the word the fix names
  assert.deepEqual(repairBrokenConjuncts('(পর্যমত্ম), সমত্মান।').fixes, [
    { from: 'পর্যমত্ম', to: 'পর্যন্ত', index: 1 },
    { from: 'সমত্মান', to: 'সন্তান', index: 12 },
  ]);
});

test('repairBrokenConjuncts: correct words with ত্ম, ম্ন, স্ন, ন্ত, ল্ল, ণ্ড, a reph or a hyphen are never flagged', () => {
  const correct = [
    'আত্মা মহাত্মা আত্মীয় আত্মকর্মসংস্থান পরমাত্মা মাহাত্ম্য আত্মসমর্পণ দুরাত্মা',
    'নিম্ন নিম্নমান নিম্নোক্ত নিম্নবর্ণিত উন্নত্মানের',
    'স্নাতক স্নাতকোত্তর স্নেহ স্নান স্নায়ু জলস্নান বাষ্পস্নান',
    'পর্যন্ত অন্তর্ভুক্ত মন্ত্রণালয় সন্তান প্রান্তিক শান্তি সিদ্ধান্ত মন্তব্য তদন্ত চিন্তা আন্তর্জাতিক কিন্তু অন্তত জীবন্ত',
    'উল্লেখ পল্লী সংশ্লিষ্ট প্লট ব্লক গ্লোবাল ম্লান স্লোগান',
    'ভাণ্ডার পণ্ডিত মণ্ডল কর্মকাণ্ড খণ্ডকালীন প্রচণ্ড',
    'কার্যালয় কর্মকর্তা সর্বোচ্চ পূর্ব অর্থ ধর্ম অথর্ব সবর্ণ অধমর্ণ নির্বাচন',
    'ই-মেইল ই-সেবা ছাত্র-ছাত্রী কাজ-কর্ম জুলাই-সেপ্টেম্বর রহিম-লতিফ ১০-১৫ মোবাইল-০১৭১১',
  ].join(' ');
  assert.deepEqual(repairBrokenConjuncts(correct), { text: normalizeText(correct), fixes: [] });
});

test('repairListMarkers: symbol-font bullets, what old converters made of them, and Bijoy numbering', () => {
  const cases: [string, string, string, string, string][] = [
    ['a Wingdings arrow opening an item', 'Ø আবেদনপত্র', 'আবেদনপত্র', 'Ø', ''],
    ['the bullet of the Symbol font, read as a middle dot', '· জাতীয় পরিচয়পত্রের কপি', 'জাতীয় পরিচয়পত্রের কপি', '·', ''],
    ['a bullet glued to its item', '§আবেদনপত্র', 'আবেদনপত্র', '§', ''],
    ['a private-use bullet copied from Word', '\uF0B7\tআবেদনপত্র', 'আবেদনপত্র', '\uF0B7', ''],
    ['Ø read as Bijoy by an old converter', 'দ্ব আবেদনপত্র', 'আবেদনপত্র', 'দ্ব', ''],
    ['· read as Bijoy by an old converter', 'ক্স ছবি', 'ছবি', 'ক্স', ''],
    ['Bijoy numbering', '1| আবেদনপত্র', '১। আবেদনপত্র', '1|', '১।'],
    ['Bijoy lettered lists', 'K) আবেদনপত্র', 'ক) আবেদনপত্র', 'K)', 'ক)'],
  ];
  for (const [name, input, text, from, to] of cases) {
    assert.deepEqual(repairListMarkers(input), { text, fixes: [{ from, to, index: 0 }] }, name);
  }
  assert.equal(repairListMarkers('§ আবেদনপত্র § ছবি').text, 'আবেদনপত্র, ছবি', 'a bullet between items becomes a comma');
  assert.equal(repairListMarkers('আবেদনপত্র। Ø ছবি').text, 'আবেদনপত্র। ছবি', 'after a danda, a space');
  assert.equal(repairListMarkers('1| আবেদনপত্র 2| ছবি').text, '১। আবেদনপত্র ২। ছবি');
  assert.equal(repairListMarkers('ক্স জাতীয় পরিচয়পত্র\n্ম ছবি').text, 'জাতীয় পরিচয়পত্র\nছবি', 'each line');
  for (const clean of [
    'ক · খ',
    '• আবেদনপত্র',
    'আবেদনপত্র ও ছবি',
    'Room 5 (K)',
    'Call 999|',
    'ধাপ 1|2',
    '(ক) আবেদন',
    '১। আবেদনপত্র',
    'কক্ষ নং 5',
    'দ্বিতীয় সেবা',
    'ক্ষমতা অর্পণ',
    'হৃদয়',
    'ক্সেরক্স',
  ]) {
    assert.deepEqual(repairListMarkers(clean).fixes, [], clean);
  }
});

test('decodeWindows1252: the bytes 0x80-0x9F are the Windows-1252 characters, not C1 controls', () => {
  assert.equal(decodeWindows1252(new Uint8Array([0x87, 0x52, 0x6a, 0x76, 0x20, 0xa9, 0xd6, 0x88, 0x96])), '‡Rjv ©Öˆ–');
});

const root = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'protishruti-bijoy-'));
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'bijoy', ...args], { cwd: root, encoding: 'utf8' });

test('cli bijoy: prints a Windows-1252 or UTF-8 file converted; errors in English and Bangla', () => {
  const legacy = join(tmp, 'legacy.txt');
  writeFileSync(legacy, Buffer.from([...Buffer.from('\x87Rjv c\xd6kvm\x87Ki Kvh\xa9vjq\nICT: ', 'latin1'), ...Buffer.from('ict@x.gov.bd\n')]));
  const a = cli(legacy);
  assert.equal(a.status, 0, a.stderr);
  assert.equal(a.stdout, 'জেলা প্রশাসকের কার্যালয়\nICT: ict@x.gov.bd\n');
  const mixed = join(tmp, 'mixed.txt');
  writeFileSync(mixed, 'জেলা ‡Rjv শিÿা প্রসত্মাব "\\u2021mev"\n');
  const b = cli(mixed, '--fixes');
  assert.equal(b.status, 0, b.stderr);
  assert.equal(b.stdout, 'জেলা জেলা শিক্ষা প্রস্তাব "\\u09b8\\u09c7\\u09ac\\u09be"\n');
  assert.match(b.stderr, /bijoy\.leftover\s+\d+\s+শিÿা -> শিক্ষা/);
  assert.match(b.stderr, /bijoy\.broken-conjunct\s+\d+\s+প্রসত্মাব -> প্রস্তাব/);
  assert.equal(cli(mixed, '--no-repair').stdout, 'জেলা জেলা শিÿা প্রসত্মাব "\\u09b8\\u09c7\\u09ac\\u09be"\n');
  const strict = cli(legacy, '--encoding', 'utf-8');
  assert.equal(strict.status, 1);
  assert.match(strict.stderr, /ফাইলটি UTF-8 টেক্সট নয়: .*\nFile is not UTF-8 text: /);
  const bad = cli(legacy, '--encoding', 'ebcdic');
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /--encoding হবে এগুলোর একটি: .*\n--encoding must be one of: /);
  const missing = cli(join(tmp, 'nope.txt'));
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /ফাইল পাওয়া যায়নি: .*\nFile not found: /);
});

test('marks alone and text-table rules are not Bijoy: an unfilled placeholder stays "……"', () => {
  for (const text of ['আবেদনপত্র ও ……', '……', '|---|---|---|', '+=====+', 'Fee: ----']) {
    assert.equal(convertMixed(text).converted, 0, text);
  }
  // while real Bijoy next to them is still converted
  assert.equal(convertMixed('‡Rjv …… cÖkvm‡Ki').text, 'জেলা …… প্রশাসকের'.normalize('NFC'));
});

test('a dash between two month names is a range, not a Bijoy ু left in the text', () => {
  for (const text of ['(এপ্রিল–জুন)', 'জুলাই–সেপ্টেম্বর', 'বৈশাখ—আষাঢ়']) assert.deepEqual(repairLeftovers(text).fixes, [], text);
  // a real leftover ু is still found
  assert.equal(repairLeftovers('অন–মোদন').fixes.length, 1);
});
