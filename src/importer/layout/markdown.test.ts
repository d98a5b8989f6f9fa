// Markdown as AI converters write PDF charters (test/corpus/markdown/): the lines fromMarkdown gives, and the charter the importer makes of them.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { normalizeLine } from '../../bangla/normalize.ts';
import type { Charter, Fee, ServiceCategory } from '../../charter/model.ts';
import { mapTitles, SERVICE_COLUMNS, type ServiceColumn } from '../columns/columns.ts';
import { fromMarkdown, isMarkdown } from './markdown.ts';
import { cleanInline } from './markdown/inline.ts';
import { importText } from '../text.ts';
import { said } from '../../../test/helpers/findings.ts';

const MARKDOWN = new URL('../../../test/corpus/markdown/', import.meta.url);
const read = (dir: URL, file: string): string => readFileSync(new URL(file, dir), 'utf8');
const row = (...cells: string[]): string => cells.join('\t');
const n = normalizeLine;

const HEADER_8 = row(
  'ক্রমিক নং',
  'সেবার নাম',
  'সেবা প্রদান পদ্ধতি',
  'প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান',
  'সেবার মূল্য এবং পরিশোধ পদ্ধতি',
  'সেবা প্রদানের সময়সীমা',
  'দায়িত্বপ্রাপ্ত কর্মকর্তা',
  'ঊর্ধ্বতন কর্মকর্তা',
);
const HEADER_7 = HEADER_8.split('\t').slice(0, 7).join('\t');
const GRIEVANCE = row('ক্রমিক নং', 'কখন যোগাযোগ করবেন', 'কার সঙ্গে যোগাযোগ করবেন', 'যোগাযোগের ঠিকানা', 'নিষ্পত্তির সময়সীমা');
const CELL_ROLES = ['অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)', 'আপিল কর্মকর্তা', 'মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল'];

interface ExpectedService {
  category: ServiceCategory;
  name: string;
  days: number | null;
  immediate?: boolean;
  fee: readonly [Fee['kind'], number | null];
  /** The responsible officer's designation, and phones when the document gives them. */
  officer?: string | null;
  phones?: readonly string[];
}

interface Case {
  file: string;
  what: string;
  /** Lines fromMarkdown gives, by the input line they come from (a header row shares its first row's number). */
  lines: Readonly<Record<number, string | readonly string[]>>;
  counts: Readonly<Record<ServiceCategory, number>>;
  services: readonly ExpectedService[];
  /** The deadline of each grievance step, in order, and the role each names. */
  grievance: readonly (readonly [number, string])[];
  /** More of the charter: the letterhead, vision, expectations, sign-off. */
  more?: (c: Charter) => void;
  /** Assertions the rest of the importer does not pass yet (not the conversion's doing). */
}

const CASES: readonly Case[] = [
  {
    file: 'national-agency.md',
    what: 'a national agency: front matter, vision and mission headings, a heading and **field:** bullets per service, rules, grievance bullets, a sign-off',
    lines: {
      2: 'সিটিজেন চার্টার',
      13: 'প্রধান কার্যালয়, আগারগাঁও, ঢাকা',
      19: '১. ভিশন ও মিশন',
      21: 'ভিশন',
      31: '২. প্রতিশ্রুত সেবাসমূহ',
      33: '২.১ নাগরিক সেবা',
      35: [
        HEADER_8,
        row(
          '১',
          'ডিজিটাল সেবা বিষয়ক তথ্য প্রদান',
          'সরাসরি/ টেলিফোন/ ই-মেইল',
          'প্রযোজ্য নয়',
          'বিনামূল্যে',
          'তাৎক্ষণিক/ ৩ কার্যদিবস',
          'মোঃ রাশেদুল হাসান, সহকারী পরিচালক, ফোন: ০২-৫৫০০৬৭১১, ইমেইল: rashed@example.gov.bd',
          'উপপরিচালক (সেবা), ফোন: ০২-৫৫০০৬৭০০',
        ),
      ],
      46: row(
        '২',
        'ডিজিটাল স্বাক্ষর সনদের আবেদন গ্রহণ',
        'অনলাইন (www.dsd.example.gov.bd)',
        'জাতীয় পরিচয়পত্রের কপি; পাসপোর্ট সাইজের ছবি; আবেদন ফরম (ওয়েবসাইটে পাওয়া যায়)',
        '৫০০ টাকা (ই-চালানের মাধ্যমে)',
        '৭ কার্যদিবস',
        'মোছাঃ নাসরিন সুলতানা; প্রোগ্রামার; ফোন: ০১৭১১-৩৪৫৬৭৮; ইমেইল: nasrin@example.gov.bd',
        'উপপরিচালক (সেবা), ফোন: ০২-৫৫০০৬৭০০',
      ),
      73: '২.২ প্রাতিষ্ঠানিক সেবা',
      108: '- স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান',
      114: '৪. অভিযোগ প্রতিকার ব্যবস্থাপনা (GRS)',
      118: [GRIEVANCE, row('১', '', 'অনিক', 'জনাব মোঃ আব্দুল করিম, পরিচালক (প্রশাসন), ফোন: ০২-৫৫০০৬৭৮৯, ইমেইল: grs@example.gov.bd', 'নিষ্পত্তির সময় ৩০ কার্যদিবস')],
      119: row(
        '২',
        'অনিক নির্দিষ্ট সময়ে সমাধান দিতে ব্যর্থ হলে',
        'আপিল কর্মকর্তা',
        'মহাপরিচালক, ফোন: ০২-৫৫০০৬৭০১, ইমেইল: dg@example.gov.bd',
        'নিষ্পত্তির সময় ২০ কার্যদিবস',
      ),
      124: 'তারিখ: ০১/০৭/২০২৫',
      126: 'মোঃ জাহিদুল ইসলাম',
    },
    counts: { citizen: 3, institutional: 2, internal: 1 },
    services: [
      {
        category: 'citizen',
        name: 'ডিজিটাল সেবা বিষয়ক তথ্য প্রদান',
        days: 3,
        immediate: true,
        fee: ['free', null],
        officer: 'সহকারী পরিচালক',
        phones: ['+880255006711'],
      },
      { category: 'citizen', name: 'ডিজিটাল স্বাক্ষর সনদের আবেদন গ্রহণ', days: 7, fee: ['amount', 500], officer: 'প্রোগ্রামার', phones: ['+8801711345678'] },
      { category: 'citizen', name: 'সরকারি ই-সেবা ব্যবহারে নাগরিকের অভিযোগ ও পরামর্শ গ্রহণ', days: 10, fee: ['free', null], officer: 'সহকারী পরিচালক' },
      { category: 'institutional', name: 'সরকারি দপ্তরের ওয়েব পোর্টাল হালনাগাদে কারিগরি সহায়তা', days: 5, fee: ['free', null], officer: 'সহকারী পরিচালক' },
      { category: 'institutional', name: 'আইসিটি বিষয়ক প্রশিক্ষণ কর্মশালা আয়োজন', days: 15, fee: ['policy', null], officer: 'প্রোগ্রামার' },
      {
        category: 'internal',
        name: 'কর্মকর্তা-কর্মচারীদের ছুটি মঞ্জুর',
        days: 3,
        fee: ['free', null],
        officer: 'সহকারী পরিচালক (প্রশাসন)',
        phones: ['+880255006722'],
      },
    ],
    grievance: [
      [30, 'অনিক'],
      [20, 'আপিল কর্মকর্তা'],
      [60, 'মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল'],
    ],
    more: (c) => {
      assert.equal(c.title, 'সিটিজেন চার্টার', 'the front matter title is the letterhead title');
      assert.equal(c.office.name, 'প্রধান কার্যালয়, আগারগাঁও, ঢাকা');
      assert.equal(c.office.portal, 'dsd.example.gov.bd');
      assert.equal(c.vision, n('সকল নাগরিকের জন্য সহজলভ্য ও নিরাপদ ডিজিটাল সেবা।'));
      assert.equal(c.expectations.length, 3, 'a rule is not an expectation');
      assert.equal(c.signOff?.name, 'মোঃ জাহিদুল ইসলাম');
      assert.equal(c.services[1]?.superior?.designation, 'উপপরিচালক (সেবা)');
      assert.equal(c.services[1]?.responsible?.name, n('মোছাঃ নাসরিন সুলতানা'), 'নাম: and পদবি: of sub-bullets are labels');
      assert.deepEqual(c.services[1]?.responsible?.emails, ['nasrin@example.gov.bd']);
    },
  },
  {
    file: 'numbered-items.md',
    what: 'numbered items "1. **সেবার নাম:** …" with indented "- **field**: value" bullets, setext headings, a separate প্রাপ্তিস্থান field, numbered grievance steps with field bullets',
    lines: {
      1: 'সেবা প্রদান প্রতিশ্রুতি (সিটিজেনস চার্টার)',
      6: '১. ভিশন ও মিশন',
      9: 'ভিশন: সামাজিক সুরক্ষা ও সমন্বিত উন্নয়নের মাধ্যমে জনগণের জীবনমান উন্নয়ন।',
      17: [
        row(
          'ক্রমিক নং',
          'সেবার নাম',
          'সেবা প্রদান পদ্ধতি',
          'প্রয়োজনীয় কাগজপত্র',
          'প্রাপ্তিস্থান',
          'সেবার মূল্য এবং পরিশোধ পদ্ধতি',
          'সেবা প্রদানের সময়সীমা',
          'দায়িত্বপ্রাপ্ত কর্মকর্তা',
          'ঊর্ধ্বতন কর্মকর্তা',
        ),
        row(
          '1',
          'বয়স্ক ভাতা প্রদান',
          'আবেদন যাচাই ও কমিটির অনুমোদন শেষে মোবাইল ব্যাংকিংয়ে ভাতা প্রদান',
          'জাতীয় পরিচয়পত্রের সত্যায়িত কপি; ২ কপি পাসপোর্ট সাইজ ছবি',
          'উপজেলা সমাজসেবা কার্যালয় ও সমাজসেবা অধিদফতরের ওয়েবসাইট',
          'বিনামূল্যে',
          '৩০ কার্যদিবস',
          'মোঃ কামরুল হাসান, উপজেলা সমাজসেবা অফিসার, মোবাইল: ০১৭১৫-৬৬৭৭৮৮, ইমেইল: uso.rupnagar@example.com',
          '',
        ),
      ],
      52: '1. নির্ধারিত ফরমে সম্পূর্ণভাবে পূরণকৃত আবেদন জমা প্রদান',
      58: [
        GRIEVANCE,
        row('১', 'দায়িত্বপ্রাপ্ত কর্মকর্তা সমাধান দিতে ব্যর্থ হলে', CELL_ROLES[0] ?? '', 'উপজেলা নির্বাহী অফিসার, রূপনগর; মোবাইল: ০১৭৩৩-৩৩৪৪৫৫', '৩০ কার্যদিবস'),
      ],
    },
    counts: { citizen: 3, institutional: 1, internal: 0 },
    services: [
      { category: 'citizen', name: 'বয়স্ক ভাতা প্রদান', days: 30, fee: ['free', null], officer: 'উপজেলা সমাজসেবা অফিসার', phones: ['+8801715667788'] },
      { category: 'citizen', name: 'প্রতিবন্ধী শিক্ষার্থীদের শিক্ষা উপবৃত্তি প্রদান', days: 15, fee: ['free', null], officer: 'উপজেলা সমাজসেবা অফিসার' },
      { category: 'citizen', name: 'দক্ষতা উন্নয়ন প্রশিক্ষণ কোর্সে ভর্তি', days: 7, fee: ['amount', 200], officer: 'সমাজসেবা অফিসার', phones: ['+8801819223344'] },
      { category: 'institutional', name: 'সমাজকল্যাণ সংস্থার নিবন্ধন বিষয়ক প্রতিবেদন প্রেরণ', days: 7, fee: ['free', null], officer: 'উপজেলা সমাজসেবা অফিসার' },
    ],
    grievance: [
      [30, CELL_ROLES[0] ?? ''],
      [20, CELL_ROLES[1] ?? ''],
      [60, CELL_ROLES[2] ?? ''],
    ],
    more: (c) => {
      assert.equal(c.office.name, 'উপজেলা সমাজসেবা কার্যালয়, রূপনগর, মেঘনাপুর');
      assert.equal(c.mission, n('সুবিধাবঞ্চিত মানুষের জন্য সামাজিক নিরাপত্তা ও ন্যায়বিচার নিশ্চিত করা।'));
      assert.deepEqual(c.expectations.length, 3);
      assert.equal(
        c.services[0]?.documents,
        n('জাতীয় পরিচয়পত্রের সত্যায়িত কপি; ২ কপি পাসপোর্ট সাইজ ছবি; প্রাপ্তিস্থান: উপজেলা সমাজসেবা কার্যালয় ও সমাজসেবা অধিদফতরের ওয়েবসাইট'),
      );
      assert.equal(c.services[1]?.documents, n('সুবর্ণ নাগরিক কার্ড, প্রতিষ্ঠান প্রধানের প্রত্যয়নপত্র'), 'a continuation line joins with a space');
      assert.equal(c.services[2]?.superior?.designation, 'উপপরিচালক');
      assert.equal(
        c.grievanceSteps[2]?.contactText,
        n('অভিযোগ গ্রহণ কেন্দ্র, ৫ নং গেইট, বাংলাদেশ সচিবালয়, ঢাকা; https://www.grs.gov.bd'),
        'an autolink keeps its address',
      );
    },
  },
  {
    file: 'bengali-digits.md',
    what: 'Bengali digits throughout: "### সেবা ১: …" headings, **field:** lines without bullets, "১।" numbering, *** and ___ rules, a heading per grievance step',
    lines: {
      7: '১। ভিশন ও মিশন',
      15: '২। প্রতিশ্রুত সেবাসমূহ',
      19: [
        HEADER_8,
        row(
          '১',
          'গবাদিপশু ও হাঁস-মুরগির চিকিৎসা সেবা প্রদান',
          'সরাসরি/ মোবাইল ভেটেরিনারি ক্লিনিক',
          'প্রযোজ্য নয়',
          'সরকার নির্ধারিত ফি',
          'তাৎক্ষণিক',
          'ডাঃ ফারহানা ইয়াসমিন, ভেটেরিনারি সার্জন, মোবাইল: ০১৭৯৯-১১২২৩৩, ইমেইল: vs.nodipur@example.com',
          '',
        ),
      ],
      44: '২.২ প্রাতিষ্ঠানিক সেবা',
      46: [
        HEADER_7,
        row(
          '১',
          'উপজেলা দপ্তরের মাসিক প্রতিবেদন সংকলন ও প্রেরণ',
          'ই-মেইল/ ডাকযোগে',
          'উপজেলা দপ্তরের প্রতিবেদন',
          'বিনামূল্যে',
          '৫ কার্যদিবস',
          'মোঃ হাবিবুর রহমান, জেলা প্রাণিসম্পদ কর্মকর্তা, ফোন: ০১৭১১-৪৪৫৫৬৬',
        ),
      ],
      58: '১। রোগাক্রান্ত পশু-পাখির তথ্য দ্রুত জানানো',
      70: row('২', 'অনিক নির্দিষ্ট সময়ে সমাধান দিতে ব্যর্থ হলে', 'আপিল কর্মকর্তা', 'পরিচালক, বিভাগীয় প্রাণিসম্পদ দপ্তর, ফোন: ০১৭১৩-৫৫৬৬৭৭', '২০ কার্যদিবস'),
    },
    counts: { citizen: 3, institutional: 1, internal: 0 },
    services: [
      {
        category: 'citizen',
        name: 'গবাদিপশু ও হাঁস-মুরগির চিকিৎসা সেবা প্রদান',
        days: null,
        immediate: true,
        fee: ['policy', null],
        officer: 'ভেটেরিনারি সার্জন',
        phones: ['+8801799112233'],
      },
      { category: 'citizen', name: 'কৃত্রিম প্রজনন সেবা', days: 1, fee: ['amount', 150], officer: 'ভেটেরিনারি সার্জন' },
      { category: 'citizen', name: 'খামার নিবন্ধন সনদ প্রদান', days: 21, fee: ['amount', 500], officer: 'জেলা প্রাণিসম্পদ কর্মকর্তা', phones: ['+8801711445566'] },
      { category: 'institutional', name: 'উপজেলা দপ্তরের মাসিক প্রতিবেদন সংকলন ও প্রেরণ', days: 5, fee: ['free', null], officer: 'জেলা প্রাণিসম্পদ কর্মকর্তা' },
    ],
    grievance: [
      [30, CELL_ROLES[0] ?? ''],
      [20, CELL_ROLES[1] ?? ''],
      [60, CELL_ROLES[2] ?? ''],
    ],
    more: (c) => {
      assert.deepEqual(
        c.services.map((s) => s.serial),
        [1, 2, 3, 1],
      );
      assert.equal(c.title, 'সিটিজেন চার্টার');
      assert.equal(c.expectations.length, 3);
      assert.equal(c.grievanceSteps[0]?.contact?.name, 'মোঃ হাবিবুর রহমান');
    },
  },
  {
    file: 'english.md',
    what: 'an English charter: Service N headings, Method/Process/Documents/Fee/Cost/Time/Duration/Appeal Officer labels, GRO bullets',
    lines: {
      2: "Citizen's Charter",
      11: 'Website: https://dsa.example.gov.bd',
      17: 'Vision: Accessible and secure digital public services for every citizen.',
      25: '2.1 Citizen Services',
      27: [
        HEADER_8,
        row(
          '1',
          'Information on digital public services',
          'In person / phone / e-mail',
          'Not applicable',
          'Free',
          'Immediately / 3 working days',
          'Md. Rashedul Hasan, Assistant Director, Phone: +880-2-55006711, Email: rashed@example.gov.bd',
          'Deputy Director (Services), Phone: +880-2-55006700',
        ),
      ],
      61: '- Submit a complete application',
      70: row(
        '২',
        'If the GRO fails to resolve the grievance in time',
        'Appeal Officer',
        'Director General, Phone: +880-2-55006701, Email: dg@example.gov.bd',
        '20 working days',
      ),
    },
    counts: { citizen: 2, institutional: 1, internal: 0 },
    services: [
      {
        category: 'citizen',
        name: 'Information on digital public services',
        days: 3,
        immediate: true,
        fee: ['free', null],
        officer: 'Assistant Director',
        phones: ['+880255006711'],
      },
      { category: 'citizen', name: 'Digital signature certificate', days: 7, fee: ['amount', 500], officer: 'Programmer', phones: ['+8801711345678'] },
      { category: 'institutional', name: 'Technical support for office web portals', days: 5, fee: ['free', null], officer: 'Assistant Director' },
    ],
    grievance: [
      [30, 'Grievance Redress Officer (GRO)'],
      [20, 'Appeal Officer'],
      [60, "Cabinet Division's GRS Cell"],
    ],
    more: (c) => {
      assert.equal(c.services[0]?.superior?.designation, 'Deputy Director (Services)', '"Appeal Officer" is the superior column');
      assert.deepEqual(c.services[1]?.documents, 'Copy of the national ID card; One passport-size photograph');
      // English section titles (Vision and Mission, What We Expect From You) are sections.
      assert.equal(c.vision, 'Accessible and secure digital public services for every citizen.');
      assert.equal(c.expectations.length, 3);
    },
  },
  {
    file: 'pipe-br.md',
    what: 'pipe tables with bold titles, <br> in cells, escaped "\\-" and "\\|", links, a (১)…(৮) row, a pipe grievance table',
    lines: {
      11: 'doict.nodipur.example.gov.bd',
      19: HEADER_8.replace('সেবার মূল্য এবং পরিশোধ পদ্ধতি', 'সেবার মূল্য ও পরিশোধ পদ্ধতি'),
      22: row(
        '১',
        'আইসিটি বিষয়ক তথ্য প্রদান',
        'সরাসরি/ টেলিফোন/ ই-মেইল',
        'আবেদনপত্র জেলা কার্যালয়, নদীপুর',
        'বিনামূল্যে',
        'তাৎক্ষণিক/ ৩ কার্যদিবস',
        'মোঃ সাকিব হোসেন প্রোগ্রামার মোবাইলঃ ০১৭১৭-৪৪৭৭০৯ sakib@example.com',
        'উপপরিচালক ফোন: ০২-৫৫০০৬৭০০',
      ),
      23: row(
        '২',
        'ই-নথি বিষয়ক কারিগরি সহায়তা',
        'সরাসরি | ই-নথি',
        'চাহিদাপত্র',
        '১০০ টাকা (চালানের মাধ্যমে)',
        '৭ কার্যদিবস',
        'মোঃ সাকিব হোসেন প্রোগ্রামার মোবাইলঃ ০১৭১৭-৪৪৭৭০৯ sakib@example.com',
        'উপপরিচালক ফোন: ০২-৫৫০০৬৭০০',
      ),
      24: row('৩', 'ডিজিটাল সেন্টারের উদ্যোক্তাদের প্রশিক্ষণ', 'সরাসরি', 'প্রযোজ্য ক্ষেত্রে আবেদনপত্র', 'বিনামূল্যে', '১৫ কার্যদিবস', '', 'উপপরিচালক ফোন: ০২-৫৫০০৬৭০০'),
      36: row('ক্রমিক নং', 'প্রতিশ্রুত/কাঙ্ক্ষিত সেবা প্রাপ্তির লক্ষ্যে করণীয়'),
      47: row(
        '৩',
        'আপিল কর্মকর্তা নির্দিষ্ট সময়ে সমাধান দিতে ব্যর্থ হলে',
        CELL_ROLES[2] ?? '',
        'অভিযোগ গ্রহণ কেন্দ্র, ৫ নং গেইট, বাংলাদেশ সচিবালয়, ঢাকা ওয়েব: www.grs.gov.bd',
        '৬০ কার্যদিবস',
      ),
    },
    counts: { citizen: 3, institutional: 1, internal: 0 },
    services: [
      { category: 'citizen', name: 'আইসিটি বিষয়ক তথ্য প্রদান', days: 3, immediate: true, fee: ['free', null], officer: 'প্রোগ্রামার', phones: ['+8801717447709'] },
      { category: 'citizen', name: 'ই-নথি বিষয়ক কারিগরি সহায়তা', days: 7, fee: ['amount', 100], officer: 'প্রোগ্রামার' },
      { category: 'citizen', name: 'ডিজিটাল সেন্টারের উদ্যোক্তাদের প্রশিক্ষণ', days: 15, fee: ['free', null], officer: null },
      { category: 'institutional', name: 'সরকারি দপ্তরে ভিডিও কনফারেন্স আয়োজনে সহায়তা', days: 2, fee: ['free', null], officer: 'প্রোগ্রামার' },
    ],
    grievance: [
      [30, CELL_ROLES[0] ?? ''],
      [20, CELL_ROLES[1] ?? ''],
      [60, CELL_ROLES[2] ?? ''],
    ],
    more: (c) => {
      assert.equal(c.office.name, 'জেলা কার্যালয়, নদীপুর');
      assert.equal(c.services[1]?.channels.join(' ').includes('ই-নথি'), true, 'an escaped bar stays in its cell (line 23)');
      assert.deepEqual(c.services[0]?.responsible?.emails, ['sakib@example.com'], 'a mailto link keeps its text');
      assert.deepEqual(c.expectations, ['স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান', 'অনাবশ্যক ফোন/ তদবির না করা'].map(n));
    },
  },
  {
    file: 'flat-fields.md',
    what: 'no heading per service: "+ __সেবার নাম:__" starts each one; <br> in a bullet, a field it cannot place, an HTML comment, an image, an escaped star, a quote, a service without a name, grievance steps as plain sentences',
    lines: {
      3: 'উপজেলা কৃষি অফিস, শ্যামপুর, নদীপুর',
      13: 'মিশন: দক্ষ, ফলপ্রসূ ও বিকেন্দ্রীকৃত কৃষি সম্প্রসারণ সেবার মাধ্যমে খাদ্য নিরাপত্তা নিশ্চিত করা।',
      19: [
        HEADER_7,
        row(
          '১',
          'কৃষি বিষয়ক পরামর্শ প্রদান',
          'সরাসরি/ মোবাইল ফোন/ কৃষক মাঠ স্কুল',
          'প্রযোজ্য নয়',
          'বিনামূল্যে',
          'তাৎক্ষণিক',
          'উপজেলা কৃষি অফিসার মোবাইল: ০১৭৬৯-৪৪৩৩২২ ইমেইল: uao.shyampur@example.gov.bd',
        ),
      ],
      32: 'আইনগত ভিত্তি: কৃষি উপকরণ সহায়তা নীতিমালা, ২০১০',
      39: [],
      43: '* মাটি পরীক্ষার ফি মৃত্তিকা সম্পদ উন্নয়ন ইনস্টিটিউট নির্ধারণ করে।',
      47: [row('ক্রমিক নং', 'সেবার নাম', 'সেবা প্রদান পদ্ধতি', 'সেবা প্রদানের সময়সীমা'), row('১', '', 'পত্রের মাধ্যমে', '৭ কার্যদিবস')],
      57: [
        GRIEVANCE,
        row('১', 'দায়িত্বপ্রাপ্ত কর্মকর্তা সমাধান দিতে ব্যর্থ হলে', CELL_ROLES[0] ?? '', 'উপজেলা নির্বাহী অফিসার, শ্যামপুর, মোবাইল: ০১৭৩০-৩৩১১২২', '৩০ কার্যদিবস'),
      ],
      59: row('৩', 'আপিল কর্মকর্তা নির্দিষ্ট সময়ে সমাধান দিতে ব্যর্থ হলে', CELL_ROLES[2] ?? '', 'www.grs.gov.bd', '৬০ কার্যদিবস'),
    },
    counts: { citizen: 3, institutional: 1, internal: 0 },
    services: [
      {
        category: 'citizen',
        name: 'কৃষি বিষয়ক পরামর্শ প্রদান',
        days: null,
        immediate: true,
        fee: ['free', null],
        officer: 'উপজেলা কৃষি অফিসার',
        phones: ['+8801769443322'],
      },
      { category: 'citizen', name: 'কৃষি উপকরণ সহায়তা কার্ড (১০ টাকার ব্যাংক হিসাব) প্রদান', days: 10, fee: ['amount', 10] },
      { category: 'citizen', name: 'মাটি পরীক্ষার নমুনা গ্রহণ ও ফলাফল প্রদান', days: 20, fee: ['policy', null], officer: 'উপজেলা কৃষি অফিসার' },
      { category: 'institutional', name: '(নামহীন সেবা)', days: 7, fee: ['text', null] },
    ],
    grievance: [
      [30, CELL_ROLES[0] ?? ''],
      [20, CELL_ROLES[1] ?? ''],
      [60, CELL_ROLES[2] ?? ''],
    ],
    more: (c) => {
      const codes = c.findings.map((f) => f.code);
      assert.ok(codes.includes('service.no-name'), 'a service block without a name is reported');
      const unplaced = c.findings.filter((f) => f.code === 'line.unplaced').map((f) => said(f));
      assert.ok(
        unplaced.some((m) => m.includes('আইনগত ভিত্তি')),
        'a field that is no column stays a line, reported',
      );
      assert.equal(c.services[0]?.responsible?.emails[0], 'uao.shyampur@example.gov.bd');
      assert.equal(c.grievanceSteps[1]?.contactText, 'জেলা প্রশাসক, নদীপুর');
    },
  },
  {
    file: 'table-fields.md',
    what: 'a whole document in a ```markdown fence; a heading and a two-column "field | value" table per service, a bold numbered item with bullets, numbered **role:** grievance steps',
    lines: {
      1: [],
      2: 'সিটিজেন চার্টার',
      4: '৭ নং চরপাড়া ইউনিয়ন পরিষদ কার্যালয়, শ্যামপুর, নদীপুর',
      10: [
        HEADER_7,
        row(
          '১',
          'জন্ম নিবন্ধন সনদ প্রদান',
          'অনলাইনে আবেদন ও সরাসরি জমা',
          'হাসপাতালের ছাড়পত্র/ টিকা কার্ড, পিতা-মাতার জন্ম নিবন্ধন সনদ',
          '৪৫ দিনের মধ্যে বিনামূল্যে; পরে ৫০ টাকা',
          '৩ কার্যদিবস',
          'ইউপি সচিব, মোবাইল: ০১৭১০-৫৫৬৬৭৭',
        ),
      ],
      12: [],
      30: row('৩', 'নাগরিকত্ব সনদ প্রদান', 'সরাসরি আবেদন', '', '২০ টাকা', '১ কার্যদিবস', 'ইউপি সচিব, মোবাইল: ০১৭১০-৫৫৬৬৭৭'),
      43: [GRIEVANCE, row('১', '', 'অনিক', 'উপজেলা নির্বাহী অফিসার, শ্যামপুর; মোবাইল: ০১৭৩০-৩৩১১২২', '৩০ কার্যদিবস')],
    },
    counts: { citizen: 3, institutional: 0, internal: 0 },
    services: [
      { category: 'citizen', name: 'জন্ম নিবন্ধন সনদ প্রদান', days: 3, fee: ['text', null], officer: 'ইউপি সচিব', phones: ['+8801710556677'] },
      { category: 'citizen', name: 'ওয়ারিশ সনদ প্রদান', days: 7, fee: ['amount', 100], officer: 'চেয়ারম্যান' },
      { category: 'citizen', name: 'নাগরিকত্ব সনদ প্রদান', days: 1, fee: ['amount', 20], officer: 'ইউপি সচিব' },
    ],
    grievance: [
      [30, 'অনিক'],
      [20, 'আপিল কর্মকর্তা'],
      [60, CELL_ROLES[2] ?? ''],
    ],
    more: (c) => {
      assert.equal(c.office.name, '৭ নং চরপাড়া ইউনিয়ন পরিষদ কার্যালয়, শ্যামপুর, নদীপুর');
      assert.deepEqual(
        c.services.map((s) => s.serial),
        [1, 2, 3],
      );
    },
  },
];

const joined = (lines: readonly { text: string }[]): string => lines.map((l) => l.text).join('\n');

describe('fromMarkdown: the lines the importer reads', () => {
  for (const c of CASES) {
    test(`${c.file}: ${c.what}`, () => {
      const md = read(MARKDOWN, c.file);
      const { lines, findings } = fromMarkdown(md);
      assert.deepEqual(findings, []);
      for (const [no, want] of Object.entries(c.lines)) {
        const got = lines.filter((l) => l.no === Number(no)).map((l) => l.text);
        assert.deepEqual(got, typeof want === 'string' ? [want] : want, `line ${no}`);
      }
      // Line numbers are the input's, in order; no markup is left.
      const count = md.split('\n').length;
      lines.forEach((l, i) => {
        assert.ok(l.no >= 1 && l.no <= count, `line number ${l.no}`);
        assert.ok(i === 0 || l.no >= (lines[i - 1]?.no ?? 0), `line ${l.no} after ${lines[i - 1]?.no}`);
        assert.doesNotMatch(l.text, /\*\*|__|^#|\]\(|<br|^---$|^\|/, `markup left on line ${l.no}: ${l.text}`);
      });
      assert.equal(isMarkdown(joined(lines)), false, 'what it gives is no longer markdown');
    });
  }

  test('the header rows it writes are read back by meaning (columns.ts), one field a column', () => {
    const header = (file: string, no: number): (ServiceColumn | null)[] => {
      const line = fromMarkdown(read(MARKDOWN, file)).lines.find((l) => l.no === no);
      return mapTitles((line?.text ?? '').split('\t'), SERVICE_COLUMNS).map;
    };
    assert.deepEqual(header('national-agency.md', 35), ['serial', 'name', 'channels', 'documents', 'fee', 'timeLimit', 'responsible', 'superior']);
    assert.deepEqual(header('numbered-items.md', 17), [
      'serial',
      'name',
      'channels',
      'documents',
      'documentsSource',
      'fee',
      'timeLimit',
      'responsible',
      'superior',
    ]);
    assert.deepEqual(header('flat-fields.md', 47), ['serial', 'name', 'channels', 'timeLimit']);
  });
});

describe('the charter from the converted lines', () => {
  for (const c of CASES) {
    const charter = (): Charter => importText(joined(fromMarkdown(read(MARKDOWN, c.file)).lines));
    test(`${c.file}: services per group, names, time limits, fees, officers`, () => {
      const got = charter();
      const counts = { citizen: 0, institutional: 0, internal: 0 };
      for (const s of got.services) counts[s.category]++;
      assert.deepEqual(counts, c.counts);
      assert.deepEqual(
        got.services.map((s) => [s.category, s.name]),
        c.services.map((s) => [s.category, n(s.name)]),
      );
      c.services.forEach((want, i) => {
        const s = got.services[i];
        const label = `${c.file} service ${i + 1}`;
        assert.equal(s?.timeLimit.workingDays, want.days, `${label} working days`);
        if (want.immediate !== undefined) assert.equal(s?.timeLimit.immediate, want.immediate, `${label} immediate`);
        assert.deepEqual([s?.fee.kind, s?.fee.amountTaka], [...want.fee], `${label} fee`);
        if (want.officer !== undefined) assert.equal(s?.responsible?.designation ?? null, want.officer === null ? null : n(want.officer), `${label} officer`);
        if (want.phones !== undefined) assert.deepEqual(s?.responsible?.phones, want.phones, `${label} phones`);
      });
    });
    test(`${c.file}: grievance steps, their deadlines and roles`, () => {
      const got = charter();
      assert.deepEqual(
        got.grievanceSteps.map((g) => [g.workingDays, g.role]),
        c.grievance.map(([days, role]) => [days, n(role)]),
      );
      assert.deepEqual(
        got.grievanceSteps.map((g) => g.order),
        c.grievance.map((_, i) => i + 1),
      );
      // The national chain is read whole: no step is missing and no deadline is another step's.
      const codes = got.findings.map((f) => f.code);
      assert.ok(!codes.includes('grievance.step-missing') && !codes.includes('grievance.deadline-role'), codes.join(', '));
    });
    if (c.more !== undefined) {
      const more = c.more;
      test(`${c.file}: letterhead, sections and details`, () => more(charter()));
    }
  }
});

describe('isMarkdown: evidence, not one sign', () => {
  const files = (dir: URL): string[] => readdirSync(dir).filter((f) => !f.endsWith('.json') && !f.endsWith('.ts'));
  const SEEDS = new URL('../../../../shared/seeds/', import.meta.url);
  const TEXT = new URL('../../../test/corpus/text/', import.meta.url);
  const LINT = new URL('../../../test/corpus/lint/', import.meta.url);

  test('true for every document of test/corpus/markdown', () => {
    const docs = files(MARKDOWN);
    assert.ok(docs.length >= 7);
    for (const f of docs) assert.equal(isMarkdown(read(MARKDOWN, f)), true, f);
  });

  test('false for the seeds and for every document of test/corpus/text and test/corpus/lint (pipe tables among them)', () => {
    for (const dir of [SEEDS, TEXT, LINT]) {
      const docs = files(dir);
      assert.ok(docs.length > 0, dir.pathname);
      for (const f of docs) assert.equal(isMarkdown(read(dir, f)), false, `${dir.pathname}${f}`);
    }
  });

  test('one sign alone is not enough', () => {
    assert.equal(isMarkdown('---\ntitle: সিটিজেন চার্টার\n---\nসেবার তালিকা'), false, 'front matter alone');
    assert.equal(isMarkdown('| ক্রমিক | সেবার নাম |\n|---|---|\n| ১ | জন্ম নিবন্ধন |'), false, 'a pipe table alone');
    assert.equal(isMarkdown('# সিটিজেন চার্টার\n| ক্রমিক | সেবার নাম |\n|---|---|\n| ১ | জন্ম নিবন্ধন |'), false, 'a title over a pipe table');
    assert.equal(isMarkdown('# সিটিজেন চার্টার\n## সেবাসমূহ\n| ক্রমিক | সেবার নাম |\n|---|---|\n| ১ | জন্ম নিবন্ধন |'), true, 'headings and a pipe table');
    assert.equal(isMarkdown('## ১. জন্ম নিবন্ধন\n* **ফি:** ৫০ টাকা\n* **সময়সীমা:** ৭ কার্যদিবস'), true, 'a heading and field bullets');
  });
});

describe('cleanInline: markup goes, text stays', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['**সেবার নাম:** জন্ম নিবন্ধন', 'সেবার নাম: জন্ম নিবন্ধন'],
    ['***খুব জরুরি*** ও *জরুরি* ও _জরুরি_ ও ~~বাতিল~~', 'খুব জরুরি ও জরুরি ও জরুরি ও বাতিল'],
    ['[তথ্য বাতায়ন](https://bangladesh.gov.bd) দেখুন', 'তথ্য বাতায়ন দেখুন'],
    ['ওয়েব: [](http://www.grs.gov.bd)', 'ওয়েব: http://www.grs.gov.bd'],
    ['<https://www.grs.gov.bd> ও <grs@example.gov.bd>', 'https://www.grs.gov.bd ও grs@example.gov.bd'],
    ['![লোগো](logo.png)সিটিজেন চার্টার', 'সিটিজেন চার্টার'],
    ['ক<br>খ<br/>গ<br />ঘ', 'ক খ গ ঘ'],
    ['ই\\-মেইল \\*শর্ত প্রযোজ্য \\| \\_x\\_', 'ই-মেইল *শর্ত প্রযোজ্য | _x_'],
    ['doict_debiganj@gmail.com ও file_name_2.pdf', 'doict_debiganj@gmail.com ও file_name_2.pdf'],
    ['৫০০/-* টাকা ও ২ * ৩', '৫০০/-* টাকা ও ২ * ৩'],
    ['`**না**` &amp; &nbsp;ক &#2453;', '**না** &  ক ক'],
    ['<span style="color:red">লাল</span> <!-- page 2 --> শেষ', 'লাল  শেষ'],
    ['[১.১.১] সূচক ও [ক] [খ]', '[১.১.১] সূচক ও [ক] [খ]'],
  ];
  for (const [input, want] of cases) test(input, () => assert.equal(cleanInline(input), want));
});

describe('shapes and bounds', () => {
  test('every other line is its text: a heading alone on its line, bullets as "- …", numbered items with their number, a field bullet as "label: value"', () => {
    const md = [
      '# শিরোনাম #',
      '* **ভিশন:** ক',
      '* স্বয়ংসম্পূর্ণ আবেদন',
      '+ খ',
      '1. গ',
      '১। ঘ',
      '> উদ্ধৃতি',
      '***',
      'বাক্য',
      '___',
      '<div align="center">',
      '## ২.১ নাগরিক সেবা',
    ].join('\r\n');
    assert.deepEqual(
      fromMarkdown(md).lines.map((l) => [l.no, l.text]),
      [
        [1, 'শিরোনাম'],
        [2, 'ভিশন: ক'],
        [3, '- স্বয়ংসম্পূর্ণ আবেদন'],
        [4, '- খ'],
        [5, '1. গ'],
        [6, '১। ঘ'],
        [7, 'উদ্ধৃতি'],
        [9, 'বাক্য'],
        [12, '২.১ নাগরিক সেবা'],
      ],
    );
  });

  test('a numbered item named in bold with bullets under it is a service; nested bullets join with "; ", a tab inside a value becomes a space', () => {
    const md = [
      '## ২.১ নাগরিক সেবা',
      '১. **জন্ম নিবন্ধন**',
      '   - **প্রয়োজনীয় কাগজপত্র:**',
      '     - টিকা কার্ড',
      '     - পিতা-মাতার\tসনদ',
      '   - **সময়সীমা:** ৩ কার্যদিবস',
    ].join('\n');
    assert.deepEqual(
      fromMarkdown(md).lines.map((l) => l.text),
      [
        '২.১ নাগরিক সেবা',
        row('ক্রমিক নং', 'সেবার নাম', 'প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান', 'সেবা প্রদানের সময়সীমা'),
        row('১', 'জন্ম নিবন্ধন', 'টিকা কার্ড; পিতা-মাতার সনদ', '৩ কার্যদিবস'),
      ],
    );
  });

  test('a service heading with a name bullet: the heading gives the serial, a short form of the name is not kept twice', () => {
    const md = [
      '## ২.১ নাগরিক সেবা',
      '### ৪. মোবাইল কোর্ট',
      '* **সেবার নাম:** ভেজাল বিরোধী মোবাইল কোর্ট পরিচালনা',
      '* **সময়সীমা:** তাৎক্ষণিক',
      '### ৫. সনদ',
      '* **সেবার নাম:** নাগরিকত্ব সনদপত্র প্রদান',
      '* **ফি:** ২০ টাকা',
      '### ৬. ভূমিহীন',
      '* **সেবার নাম:** খাসজমি বন্দোবস্ত',
      '* **ফি:** বিনামূল্যে',
    ].join('\n');
    assert.deepEqual(
      fromMarkdown(md).lines.map((l) => [l.no, l.text]),
      [
        [1, '২.১ নাগরিক সেবা'],
        [2, row('ক্রমিক নং', 'সেবার নাম', 'সেবার মূল্য এবং পরিশোধ পদ্ধতি', 'সেবা প্রদানের সময়সীমা')],
        [2, row('৪', 'ভেজাল বিরোধী মোবাইল কোর্ট পরিচালনা', '', 'তাৎক্ষণিক')],
        [5, row('৫', 'নাগরিকত্ব সনদপত্র প্রদান', '২০ টাকা', '')],
        [8, '৬. ভূমিহীন'],
        [8, row('৬', 'খাসজমি বন্দোবস্ত', 'বিনামূল্যে', '')],
      ],
    );
  });

  test('a heading over several name bullets is a title, and each name starts a service', () => {
    const md = ['### আমাদের সেবা', '- **সেবার নাম:** ক', '- **ফি:** বিনামূল্যে', '- **সেবার নাম:** খ', '- **ফি:** ১০ টাকা'].join('\n');
    assert.deepEqual(
      fromMarkdown(md).lines.map((l) => l.text),
      ['আমাদের সেবা', row('ক্রমিক নং', 'সেবার নাম', 'সেবার মূল্য এবং পরিশোধ পদ্ধতি'), row('১', 'ক', 'বিনামূল্যে'), row('২', 'খ', '১০ টাকা')],
    );
  });

  test('front matter is not the office; its title is kept only when the document has none', () => {
    const md = ['---', 'title: "সিটিজেন চার্টার"', 'office: উপজেলা কার্যালয়, দেবীগঞ্জ', '---', '# সেবা প্রদান প্রতিশ্রুতি'].join('\n');
    assert.deepEqual(
      fromMarkdown(md).lines.map((l) => l.text),
      ['সেবা প্রদান প্রতিশ্রুতি'],
    );
    assert.deepEqual(
      fromMarkdown(['---', 'title: সিটিজেন চার্টার', '---', '# উপজেলা কার্যালয়, দেবীগঞ্জ'].join('\n')).lines.map((l) => [l.no, l.text]),
      [
        [2, 'সিটিজেন চার্টার'],
        [4, 'উপজেলা কার্যালয়, দেবীগঞ্জ'],
      ],
    );
  });

  test('20,000 lines of service blocks and of hostile markup take linear time', () => {
    const block = [
      '#### ১. সেবা',
      '* **সেবা প্রদান পদ্ধতি:** সরাসরি',
      '* **সেবার মূল্য:** বিনামূল্যে',
      '* **সময়সীমা:** ৩ কার্যদিবস',
      '* **দায়িত্বপ্রাপ্ত কর্মকর্তা:**',
      '  * নাম: মোঃ করিম',
    ];
    const lines = ['## ২.১ নাগরিক সেবা'];
    while (lines.length < 20000) lines.push(...block);
    const hostile = ['*a '.repeat(50000), '['.repeat(100000), '<'.repeat(100000), '[x]('.repeat(25000), '_a_ b__'.repeat(15000), 'ক: '.repeat(50000)];
    const start = performance.now();
    const out = fromMarkdown(lines.join('\n'));
    for (const h of hostile) {
      isMarkdown(h);
      fromMarkdown(h);
    }
    const ms = performance.now() - start;
    assert.equal(out.lines.filter((l) => l.text.startsWith('১\t')).length, Math.ceil((lines.length - 1) / block.length));
    assert.ok(ms < 10000, `${ms.toFixed(0)} ms`);
  });
});
