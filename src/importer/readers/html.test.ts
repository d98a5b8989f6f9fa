// The HTML reader: portal pages written for the tests (chrome around a charter table, a charter only inside a
// script string, Bijoy fonts, Windows-1252) read to the same services as the text; hostile pages are refused.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { charterSchema } from '../../charter/model.ts';
import { ImportError } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import { importFile } from '../read-file.ts';
import { importText } from '../text.ts';
import { readHtml } from './html.ts';
import { htmlEscape, htmlFromText, jsonEscapeAll, portalPage } from '../../../test/helpers/html.ts';
import { AFTER, BEFORE, HEADER, OFFICER_LINE, ROWS, TEXT } from '../../../test/helpers/small-charter.ts';

const seed = (file: string) => readFileSync(new URL(`../../../../shared/seeds/${file}`, import.meta.url), 'utf8');
const utf8 = (s: string) => new TextEncoder().encode(s);
const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

/** The small charter with its service table written by hand: merged cells in the HTML, plain in TEXT. */
function charterPage(serviceTable: string): string {
  return portalPage(`${htmlFromText(BEFORE.join('\n'))}\n${serviceTable}\n${htmlFromText(AFTER.join('\n'))}`);
}

const th = (cells: readonly string[]) => `<tr>${cells.map((c) => `<th>${htmlEscape(c)}</th>`).join('')}</tr>`;
const td = (c: string, attrs = '') => `<td${attrs}>${htmlEscape(c)}</td>`;

describe('readHtml: portal pages', () => {
  for (const file of ['charter-upazila-debiganj.txt', 'charter-district-khulna.txt']) {
    test(`${file} as a portal page imports to the same services as its text`, async () => {
      const text = seed(file);
      const fromHtml = await importFile(utf8(portalPage(htmlFromText(text))), 'charter.html');
      const fromText = importText(text);
      assert.ok(fromText.services.length > 10);
      assert.deepEqual(fromHtml.services, fromText.services);
      assert.deepEqual(fromHtml.grievanceSteps, fromText.grievanceSteps);
      assert.equal(fromHtml.office.name, fromText.office.name);
    });
  }

  test('menus, header, footer, sidebar, styles and scripts are left out', async () => {
    const read = await readHtml(utf8(portalPage('<p>সিটিজেনস চার্টার</p>')), LIMITS);
    assert.equal(read.text, 'সিটিজেনস চার্টার');
  });

  test('a tab of the charter hidden with display:none is read: a page keeps its inactive tabs hidden', async () => {
    const read = await readHtml(utf8(portalPage('<div class="tab-pane" style="display:none"><p>২.২) প্রাতিষ্ঠানিক সেবা</p></div>')), LIMITS);
    assert.equal(read.text, '২.২) প্রাতিষ্ঠানিক সেবা');
  });

  test('colspan and rowspan land in the right fields: an officer spanning the rows reaches every service', async () => {
    const table = `<table>
      <thead>${th(HEADER)}</thead>
      <tr>${ROWS[0]
        .slice(0, 6)
        .map((c) => td(c))
        .join('')}<td rowspan="3">মোঃ রফিকুল ইসলাম<br>সহকারী প্রোগ্রামার<p>মোবাইলঃ ০১৭১১-২২৩৩৪৪</p><p>ইমেইলঃ rafiq.ict@gmail.com</p></td></tr>
      <tr>${td('২')}${td(ROWS[1][1] ?? '')}${td('সরাসরি', ' colspan="2"')}${td('বিনামূল্যে')}${td('৫&nbsp;কার্যদিবস'.replace('&nbsp;', '\u00a0'))}</tr>
      <tr>${ROWS[2]
        .slice(0, 6)
        .map((c) => td(c))
        .join('')}</tr>
    </table>`;
    const read = await readHtml(utf8(charterPage(table)), LIMITS);
    assert.ok(lines(read.text).includes(['২', ROWS[1][1], 'সরাসরি', '', 'বিনামূল্যে', '৫ কার্যদিবস', OFFICER_LINE].join('\t')));
    const charter = await importFile(utf8(charterPage(table)), 'charter.html');
    assert.deepEqual(charter.services, importText(TEXT).services);
    for (const s of charter.services) assert.deepEqual(s.responsible?.emails, ['rafiq.ict@gmail.com'], `service ${s.serial}`);
  });

  test('a serial spanning two rows: the second row continues the first', async () => {
    const table = `<table>${th(HEADER)}
      <tr>${ROWS[0].map((c) => td(c)).join('')}</tr>
      <tr>${td('২', ' rowspan="2"')}${td('ই-নথি বিষয়ক')}${td('সরাসরি')}${td('')}${td('বিনামূল্যে')}${td('৫ কার্যদিবস')}${td(OFFICER_LINE, ' rowspan="2"')}</tr>
      <tr>${td('সহায়তা প্রদান')}${td('')}${td('')}${td('')}${td('')}</tr>
      <tr>${ROWS[2].map((c) => td(c)).join('')}</tr>
    </table>`;
    const read = await readHtml(utf8(table), LIMITS);
    assert.equal(lines(read.text)[3], ['', 'সহায়তা প্রদান', '', '', '', '', ''].join('\t'));
    const charter = await importFile(utf8(charterPage(table)), 'charter.html');
    assert.equal(charter.services.length, 3);
    assert.equal(charter.services[1]?.name, 'ই-নথি বিষয়ক সহায়তা প্রদান');
    assert.equal(charter.services[1]?.responsible?.phones.length, 1);
  });

  test('a layout table around the charter is read as the page, its charter table as rows', async () => {
    const page = `<html><body><table width="100%"><tr><td>${htmlFromText(TEXT)}</td><td class="right">লিংক</td></tr></table></body></html>`;
    const charter = await importFile(utf8(page), 'charter.html');
    assert.deepEqual(charter.services, importText(TEXT).services);
  });
});

describe('readHtml: content hidden in scripts', () => {
  test('a charter only inside a JSON-escaped script string is found and read', async () => {
    const script = `window.__PORTAL__ = {"id": 42, "title": "\\u09b8\\u09bf\\u099f\\u09bf\\u099c\\u09c7\\u09a8 \\u099a\\u09be\\u09b0\\u09cd\\u099f\\u09be\\u09b0", "body": ${jsonEscapeAll(htmlFromText(TEXT))}};`;
    const page = portalPage('<div id="app">লোড হচ্ছে...</div>', { script });
    const charter = await importFile(utf8(page), 'charter.html');
    assert.deepEqual(charter.services, importText(TEXT).services);
  });

  test('a charter in a data attribute as escaped HTML is found and read', async () => {
    const page = portalPage(`<div class="content-body" data-content="${htmlEscape(htmlFromText(TEXT))}"></div>`);
    const charter = await importFile(utf8(page), 'charter.html');
    assert.equal(charter.services.length, 3);
  });

  test('Bijoy inside an escaped script string is converted', async () => {
    const bijoy = `<p>২. প্রতিশ্রুত সেবাসমূহ</p><table><tr><th>ক্রমিক নং</th><th>সেবার নাম</th><th>সেবার মূল্য</th></tr><tr><td>১</td><td>‡Rjv cÖkvm‡Ki Kvh©vjq</td><td>বিনামূল্যে</td></tr></table>`;
    const page = portalPage('<p>লোড হচ্ছে</p>', { script: `var body = ${jsonEscapeAll(bijoy)};` });
    const read = await readHtml(utf8(page), LIMITS);
    assert.ok(read.text.includes('১\tজেলা প্রশাসকের কার্যালয়\tবিনামূল্যে'), read.text);
    assert.deepEqual(
      read.findings.map((f) => f.code),
      ['bijoy.converted'],
    );
  });

  test('a visible charter is not replaced by script strings', async () => {
    const page = portalPage(htmlFromText(TEXT), { script: `var x = ${jsonEscapeAll('<p>অন্য কিছু লেখা যা চার্টার নয়, কিন্তু দীর্ঘ একটি বাক্য</p>')};` });
    const read = await readHtml(utf8(page), LIMITS);
    assert.ok(!read.text.includes('অন্য কিছু'));
  });
});

describe('readHtml: Bijoy and encodings', () => {
  test('a span in SutonnyMJ and a <font face> are converted; one finding', async () => {
    const page =
      '<html><body><p>অফিস: <span style="font-family: \'SutonnyMJ\', serif">‡Rjv cÖkvm‡Ki Kvh©vjq</span></p><p><font face="SutonnyMJ">‡Rjv</font> English</p></body></html>';
    const read = await readHtml(utf8(page), LIMITS);
    assert.deepEqual(lines(read.text), ['অফিস: জেলা প্রশাসকের কার্যালয়', 'জেলা English']);
    assert.deepEqual(
      read.findings.map((f) => f.code),
      ['bijoy.converted'],
    );
  });

  // Windows-1252 bytes of the Bijoy glyphs used below (the rest is ASCII).
  const CP1252: Record<string, number> = { '‡': 0x87, Ö: 0xd6, '©': 0xa9, é: 0xe9 };
  const cp1252 = (s: string) => Uint8Array.from([...s], (c) => CP1252[c] ?? c.charCodeAt(0));

  test('a page with a windows-1252 meta charset is decoded as Windows-1252', async () => {
    const page =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>café</p><p><font face="SutonnyMJ">‡Rjv cÖkvm‡Ki Kvh©vjq</font></p></body></html>';
    const read = await readHtml(cp1252(page), LIMITS);
    assert.deepEqual(lines(read.text), ['café', 'জেলা প্রশাসকের কার্যালয়']);
    assert.ok(!read.findings.some((f) => f.code === 'import.ansi'), 'the page said its charset');
  });

  test('a page that is not UTF-8 and says nothing is read as Windows-1252, with a finding', async () => {
    const read = await readHtml(cp1252('<html><body><p>café</p></body></html>'), LIMITS);
    assert.equal(read.text, 'café');
    assert.deepEqual(
      read.findings.map((f) => f.code),
      ['import.ansi'],
    );
  });
});

describe('readHtml: hostile and broken pages', () => {
  test('elements nested 100000 deep are refused quickly', async () => {
    const page = `<html><body>${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}</body></html>`;
    const started = Date.now();
    await assert.rejects(importFile(utf8(page), 'deep.html'), (e) => e instanceof ImportError && e.code === 'import.unsafe' && /[\u0980-\u09FF]/.test(e.bn));
    assert.ok(Date.now() - started < 1000, `refused in ${Date.now() - started} ms`);
    // inline elements never closed nest too
    await assert.rejects(readHtml(utf8(`<html><body>${'<b><i>'.repeat(50_000)}`), LIMITS), (e) => e instanceof ImportError && e.code === 'import.unsafe');
  });

  test('unclosed tags, stray closing tags and garbage: a result or an ImportError, never a crash', async () => {
    const pages = [
      `<html><body><table><tr><td>১<td>সেবা<tr><td>২<td>আরও</table><p>শেষ`,
      '</td></tr></table></div><td>একা</td><tr>ঘর</tr>',
      '<html><body><p>খোলা <b>মোটা <i>বাঁকা</p></div></span><table><td colspan="999999999" rowspan="-3">x</td></table>',
      '<table><tr><td rowspan="100000">a</td></tr>' + '<tr><td>b</td></tr>'.repeat(2000) + '</table>',
      `<html>${'<<>>&&;;\u0000\uFFFD'.repeat(1000)}</html>`,
      '<html><script>var a = "' + '\\u09'.repeat(1000) + '"; var b = \'\\x</script>',
    ];
    for (const page of pages) {
      try {
        const charter = await importFile(utf8(page), 'page.html');
        charterSchema.parse(charter);
      } catch (e) {
        assert.ok(e instanceof ImportError, `${page.slice(0, 60)}: ${String(e)}`);
      }
    }
  });

  test('a page of rows only reads without a heading', async () => {
    const read = await readHtml(utf8('<table><tr><td>১</td><td>সেবা</td></tr><tr><td>২</td><td>আরও</td></tr></table>'), LIMITS);
    assert.deepEqual(lines(read.text), ['১\tসেবা', '২\tআরও']);
  });
});

test("a page's header and footer are chrome; inside an <article> or <main> they are the charter's letterhead and sign-off", async () => {
  const page = `<!DOCTYPE html><html><body>
<header><p>প্রতিশ্রুতি: সরকারি দপ্তরের সেবা প্রদান প্রতিশ্রুতি</p></header>
<main><article>
<header><p>উপজেলা কার্যালয়, শিবগঞ্জ, বগুড়া</p><h1>সেবা প্রদান প্রতিশ্রুতি</h1></header>
<h2>২. প্রতিশ্রুত সেবাসমূহ</h2>
<table><tr><th>ক্রমিক নং</th><th>সেবার নাম</th><th>সেবা প্রদান পদ্ধতি</th><th>প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান</th><th>সেবার মূল্য ও পরিশোধ পদ্ধতি</th><th>সেবা প্রদানের সময়সীমা</th><th>দায়িত্বপ্রাপ্ত কর্মকর্তা</th></tr>
<tr><td>১</td><td>ডিজিটাল সেন্টার সংক্রান্ত তথ্য প্রদান</td><td>সরাসরি</td><td>আবেদনপত্র</td><td>বিনামূল্যে</td><td>৩ কার্যদিবস</td><td>মোঃ রফিকুল ইসলাম, উপজেলা আইসিটি অফিসার</td></tr></table>
<footer><p>০৩/০৬/২০২৫</p><p>মোঃ রফিকুল ইসলাম</p><p>উপজেলা আইসিটি অফিসার</p></footer>
</article></main>
<footer><p>পরিকল্পনা ও বাস্তবায়নে: মন্ত্রিপরিষদ বিভাগ</p></footer>
</body></html>`;
  const read = await readHtml(utf8(page), LIMITS);
  assert.match(read.text, /উপজেলা কার্যালয়, শিবগঞ্জ, বগুড়া/);
  assert.match(read.text, /মোঃ রফিকুল ইসলাম\nউপজেলা আইসিটি অফিসার/);
  assert.doesNotMatch(read.text, /প্রতিশ্রুতি: সরকারি দপ্তরের|মন্ত্রিপরিষদ বিভাগ/);
  const charter = await importFile(utf8(page), 'page.html');
  assert.equal(charter.office.name, 'উপজেলা কার্যালয়, শিবগঞ্জ, বগুড়া'.normalize('NFC'));
  assert.equal(charter.services.length, 1);
});
