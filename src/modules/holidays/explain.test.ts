// explainText: a deadline's count in words, run by run, in each language, from the catalogue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BANGLADESH_WEEKLY, explainDeadline, type Names } from '../../calendar/working-days.ts';
import { explainText, rangeText, weekdayName } from './explain.ts';

const eid: Names = { bn: 'ঈদুল আজহা', en: 'Eid-ul-Azha' };
const calendar = {
  weekly: BANGLADESH_WEEKLY,
  holidays: new Map<string, Names>([
    ['2026-05-27', eid],
    ['2026-05-28', eid],
    ['2026-06-07', { bn: 'পরীক্ষার ছুটি', en: 'Test Day' }],
  ]),
};

test('each run of days a line, then the due date; Bangla with Bengali digits', () => {
  const e = explainDeadline(calendar, '2026-05-26', 4);
  assert.deepEqual(explainText('en', e), [
    'received Tuesday 26 May 2026 (the day of receipt does not count)',
    '27–30 May 2026: holiday (Eid-ul-Azha 27–28 May 2026) and weekly holiday',
    'working days 1–4: Sunday 31 May 2026 – Wednesday 3 June 2026',
    'due on working day 4: Wednesday 3 June 2026',
  ]);
  assert.deepEqual(explainText('bn', e), [
    'গ্রহণ: মঙ্গলবার, ২৬ মে ২০২৬ (গ্রহণের দিন গোনা হয় না)',
    '২৭–৩০ মে ২০২৬: ছুটি (ঈদুল আজহা ২৭–২৮ মে ২০২৬) ও সাপ্তাহিক ছুটি',
    'কার্যদিবস ১–৪: রবিবার, ৩১ মে ২০২৬ – বুধবার, ০৩ জুন ২০২৬',
    'শেষ দিন (কার্যদিবস ৪): বুধবার, ০৩ জুন ২০২৬',
  ]);
});

test('a holiday alone, a holiday that is every day of its run, and zero days', () => {
  const e = explainDeadline(calendar, '2026-06-04', 2);
  assert.deepEqual(explainText('en', e).slice(1), [
    '5–7 June 2026: holiday (Test Day 7 June 2026) and weekly holiday',
    'working days 1–2: Monday 8 June 2026 – Tuesday 9 June 2026',
    'due on working day 2: Tuesday 9 June 2026',
  ]);
  const allEid = explainDeadline({ weekly: [], holidays: calendar.holidays }, '2026-05-26', 1);
  assert.equal(explainText('en', allEid)[1], '27–28 May 2026: holiday (Eid-ul-Azha)');
  assert.deepEqual(explainText('en', explainDeadline(calendar, '2026-06-04', 0)), [
    'received Thursday 4 June 2026 (the day of receipt does not count)',
    'due (0 working days): the day of receipt, Thursday 4 June 2026',
  ]);
});

test('ranges share what both ends share; weekday names from the catalogue', () => {
  assert.equal(rangeText('en', '2026-05-30', '2026-06-02'), '30 May – 2 June 2026');
  assert.equal(rangeText('en', '2025-12-31', '2026-01-02'), '31 December 2025 – 2 January 2026');
  assert.equal(rangeText('bn', '2026-06-05', '2026-06-06'), '০৫–০৬ জুন ২০২৬');
  assert.deepEqual(
    [0, 5, 6].map((d) => weekdayName('bn', d)),
    ['রবিবার', 'শুক্রবার', 'শনিবার'],
  );
  assert.throws(() => weekdayName('en', 7), RangeError);
});
