// Shapes of real portal charters the importer once misread, each in a small invented text: what a careful
// reader takes from it is what comes out.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalizeLine } from '../bangla/normalize.ts';
import type { Charter } from '../charter/model.ts';
import { scoreTitle, SERVICE_COLUMNS } from './columns/columns.ts';
import { importText } from './text.ts';

const n = normalizeLine;
const tab = (...cells: string[]) => cells.join('\t');
const brief = (c: Charter) =>
  c.services.map((s) => ({
    name: s.name,
    fee: s.fee.kind === 'amount' ? s.fee.amountTaka : s.fee.kind,
    days: s.timeLimit.immediate ? 'immediate' : s.timeLimit.workingDays,
    officer: s.responsible?.designation ?? null,
  }));

describe('column titles', () => {
  test('a column titled "Service" alone is the name; "Cost of the service" stays the fee', () => {
    assert.equal(scoreTitle('Service', SERVICE_COLUMNS).get('name'), 3);
    assert.equal(scoreTitle('সেবা', SERVICE_COLUMNS).get('name'), 3);
    assert.equal(scoreTitle('Cost of the service', SERVICE_COLUMNS).get('name'), 1);
    assert.equal(scoreTitle('Service delivery period', SERVICE_COLUMNS).get('timeLimit'), 5);
  });

  test('a data row with a fee written "Tk. 500" and a duration is no second header, though its cells use title words', () => {
    const c = importText(
      [
        'Office of the Upazila Nirbahi Officer, Anytown',
        "Citizen's Charter",
        tab('Service', 'Legal basis', 'Papers required', 'Cost of the service', 'Service delivery period', 'Contact officer'),
        tab(
          'Licence for a saw mill',
          'Forest Act, 1927',
          'Application, receipt of the payment of land tax',
          'Tk. 1,500 and VAT',
          '30 days',
          'Upazila Forest Officer',
        ),
        tab('Permission for a rally', 'Police Act', 'Application', 'Free of charge', '3 working days', 'Upazila Nirbahi Officer'),
      ].join('\n'),
    );
    assert.deepEqual(
      brief(c).map((s) => s.name),
      ['Licence for a saw mill', 'Permission for a rally'],
    );
  });
});

describe('text that lost its table', () => {
  test('a time limit wrapped before its unit ("০৭ (সাত)" / "কার্যদিবস") is the time limit, not a bare fee', () => {
    const c = importText(
      [
        'উপজেলা নির্বাহী অফিসারের কার্যালয়, কোনো উপজেলা',
        'সেবা প্রদান প্রতিশ্রুতি',
        'ক্রমিক',
        'সেবার নাম',
        'সর্বোচ্চ সময়',
        'সেবার মূল্য',
        'দায়িত্বপ্রাপ্ত কর্মকর্তা',
        '১.',
        'প্রত্যয়নপত্র প্রদান',
        '০৭ (সাত)',
        'কার্যদিবস',
        'বিনামূল্যে',
        'উপজেলা নির্বাহী অফিসার',
        '২.',
        'ত্রাণ বিতরণ',
        '৪৮ (আটচল্লিশ)',
        'ঘণ্টা',
        '২০/- টাকা',
        'প্রকল্প বাস্তবায়ন কর্মকর্তা',
      ].join('\n'),
    );
    assert.deepEqual(brief(c), [
      { name: n('প্রত্যয়নপত্র প্রদান'), fee: 'free', days: 7, officer: n('উপজেলা নির্বাহী অফিসার') },
      { name: n('ত্রাণ বিতরণ'), fee: 20, days: null, officer: n('প্রকল্প বাস্তবায়ন কর্মকর্তা') },
    ]);
  });
});
