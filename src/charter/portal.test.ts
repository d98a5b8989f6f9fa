import { test } from 'node:test';
import assert from 'node:assert/strict';
import { portalHost } from './portal.ts';

test('every written form of a portal is one host', () => {
  for (const written of [
    'doict.gov.bd',
    'http://doict.gov.bd',
    'https://www.doict.gov.bd/',
    'HTTP://Doict.Gov.BD/about/index.php',
    ': doict.gov.bd।',
    ' www.doict.gov.bd, ',
  ]) {
    assert.equal(portalHost(written), 'doict.gov.bd', written);
  }
  for (const not of ['', 'doict', 'not a host', 'তথ্য বাতায়ন']) assert.equal(portalHost(not), null, not);
});
