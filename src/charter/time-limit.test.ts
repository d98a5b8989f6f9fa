import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timeLimitSchema } from './model.ts';
import { parseTimeLimit, parseTimeLimitUnder, timeLimitIssues } from './time-limit.ts';
import { messageOf } from './lint/render.ts';

const cases: ReadonlyArray<{ cell: string; immediate: boolean; workingDays: number | null; issue: string | null }> = [
  { cell: 'তাৎক্ষণিক/৩ কার্যদিবস (প্রযোজ্য ক্ষেত্রে)', immediate: true, workingDays: 3, issue: null },
  { cell: 'তাৎক্ষনিক/৩ কার্যদিবস (প্রযোজ্য ক্ষেত্রে)', immediate: true, workingDays: 3, issue: null },
  { cell: 'তাৎক্ষণিক/৭ কার্যদিবস (প্রযোজ্য ক্ষেত্রে)', immediate: true, workingDays: 7, issue: null },
  { cell: '০৫ (পাঁচ) কার্যদিবস (প্রয়োজ্য ক্ষেত্রে)', immediate: false, workingDays: 5, issue: null },
  { cell: '০৩ (তিন) কার্যদিবস', immediate: false, workingDays: 3, issue: null },
  { cell: '৩ কার্যদিবস/ চাহিদা অনুযায়ী', immediate: false, workingDays: 3, issue: null },
  { cell: '১৫ কার্যদিবস/ চাহিদা অনুযায়ী', immediate: false, workingDays: 15, issue: null },
  { cell: '৩০ কার্যদিবস', immediate: false, workingDays: 30, issue: null },
  { cell: '3 কার্যদিবস', immediate: false, workingDays: 3, issue: null },
  { cell: 'পাঁচ কার্যদিবস', immediate: false, workingDays: 5, issue: null },
  { cell: '১০ কর্মদিবস', immediate: false, workingDays: 10, issue: null },
  { cell: 'নির্দেশনা অনুযায়ী', immediate: false, workingDays: null, issue: null },
  { cell: 'তাৎক্ষণিক', immediate: true, workingDays: null, issue: null },
  { cell: 'চাহিবা মাত্র (অফিস চলাকালীন সময়ে)', immediate: true, workingDays: null, issue: null },
  { cell: 'চাওয়া মাত্র', immediate: true, workingDays: null, issue: null },
  { cell: 'তাৎক্ষণিক/ কার্যদিবস (প্রয়োজ্য ক্ষেত্রে)', immediate: true, workingDays: null, issue: 'time-limit.no-number' },
  { cell: 'তাৎক্ষনিক/কার্যদিবস (প্রযোজ্য ক্ষেত্রে)', immediate: true, workingDays: null, issue: 'time-limit.no-number' },
  { cell: 'কার্যদিবস', immediate: false, workingDays: null, issue: 'time-limit.no-number' },
  { cell: '৭ দিন', immediate: false, workingDays: null, issue: 'time-limit.calendar-days' },
  { cell: '', immediate: false, workingDays: null, issue: 'time-limit.empty' },
];

for (const c of cases) {
  test(`parseTimeLimit(${JSON.stringify(c.cell)})`, () => {
    const limit = parseTimeLimit(c.cell);
    assert.equal(limit.immediate, c.immediate);
    assert.equal(limit.workingDays, c.workingDays);
    assert.equal(limit.text, c.cell.normalize('NFC'));
    timeLimitSchema.parse(limit);
    const issues = timeLimitIssues(limit);
    assert.deepEqual(
      issues.map((i) => i.code),
      c.issue === null ? [] : [c.issue],
    );
  });
}

test('a missing number is an error whose message is in English and Bangla', () => {
  const [issue] = timeLimitIssues(parseTimeLimit('তাৎক্ষণিক/ কার্যদিবস'));
  assert.equal(issue?.severity, 'error');
  assert.equal(issue?.code, 'time-limit.no-number');
  assert.match(issue === undefined ? '' : messageOf(issue, 'en'), /^The time limit has no number of working days/u);
  assert.match(issue === undefined ? '' : messageOf(issue, 'bn'), /^সময়সীমায় কার্যদিবসের সংখ্যা নেই/u);
});

test('a number alone under a title in working days counts them; under any other title it does not', () => {
  const title = 'সেবা প্রদানের সময়সীমা (কার্যদিবস)';
  assert.equal(parseTimeLimitUnder('০৩', title).workingDays, 3);
  assert.equal(parseTimeLimitUnder('১০ (দশ)', title).workingDays, 10);
  assert.equal(parseTimeLimitUnder('১৫-২০', title).workingDays, 20);
  assert.equal(parseTimeLimitUnder('৭ কার্যদিবস', title).workingDays, 7);
  assert.equal(parseTimeLimitUnder('প্রশিক্ষণ সূচি অনুযায়ী', title).workingDays, null);
  assert.equal(parseTimeLimitUnder('০৩', 'সেবা প্রদানের সময়সীমা').workingDays, null);
  assert.equal(parseTimeLimitUnder('০৩', title).text, '০৩'.normalize('NFC'));
});
