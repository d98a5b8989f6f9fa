// The paper choice, the QR code's form, and the PDF's refusal without Chromium (no browser needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paperOf, paperQuery } from './paper.ts';
import { qrSvg } from './qr.ts';
import { charterPdf } from './pdf.ts';
import { DomainError } from '../shared/domain-error.ts';
import { bilingual } from '../../i18n/messages.ts';

test('the paper: A4 landscape unless asked, anything else falls back', () => {
  assert.deepEqual(paperOf({}), { size: 'a4', orientation: 'landscape' });
  assert.deepEqual(paperOf({ size: 'A3', orientation: 'portrait' }), { size: 'a3', orientation: 'portrait' });
  assert.deepEqual(paperOf({ size: 'letter', orientation: 'sideways' }), { size: 'a4', orientation: 'landscape' });
  assert.equal(paperQuery({ size: 'a4', orientation: 'landscape' }), '');
  assert.equal(paperQuery({ size: 'a3', orientation: 'portrait' }), '?size=a3&orientation=portrait');
});

test('the QR code is SVG, one square a module, labelled, escaped', () => {
  const svg = qrSvg('https://example.gov.bd/offices/2/charter', 'a "label" <x>');
  assert.match(svg, /^<svg [^>]*role="img" aria-label="a &quot;label&quot; &lt;x>"/);
  assert.ok(!/h[2-9]/.test(svg), 'no run of modules drawn as one rectangle');
});

test('without Chromium the PDF is refused with print.unavailable (503), in both languages', async () => {
  const saved = process.env.CHROMIUM_PATH;
  process.env.CHROMIUM_PATH = '/nonexistent/chromium';
  try {
    await assert.rejects(
      charterPdf({ html: '<p>x</p>', paper: paperOf({}), headerTemplate: '', footerTemplate: '', key: 'test' }),
      (err: unknown) => err instanceof DomainError && err.code === 'print.unavailable' && err.status === 503 && /Chromium/.test(bilingual(err.text)),
    );
  } finally {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  }
});
