import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BANGLADESH_WEEKLY, type WorkingCalendar } from '../calendar/working-days.ts';
import { grievanceChain, levelOfRole } from './chain.ts';
import { REDACTED_EMAIL, REDACTED_NAME, REDACTED_PHONE, redactContacts, withoutIdentity } from './redact.ts';
import { formatTrackingNumber, makeTrackingNumber, parseTrackingNumber } from './tracking.ts';
import { GRIEVANCE_ACTIONS, GRIEVANCE_STATUSES, isOverdue, received, reminderOn, step, type GrievanceState, type Rules } from './workflow.ts';

const CAL: WorkingCalendar = { weekly: BANGLADESH_WEEKLY, holidays: new Map([['2026-06-16', { bn: 'x', en: 'x' }]]) };
const NATIONAL = grievanceChain([]);
const rules = (today: string, chain = NATIONAL): Rules => ({ chain, cal: CAL, today });

test('levelOfRole reads the roles charters name, in both languages and several spellings', () => {
  const cases: [string, string | null][] = [
    ['অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)', 'officer'],
    ['অভিযোগ নিস্পত্তি কর্মকর্তা', 'officer'],
    ['আপিল কর্মকর্তা', 'appeal'],
    ['আপীল কর্মকর্তা', 'appeal'],
    ['মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল', 'cell'],
    ['মন্ত্রি পরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল।', 'cell'],
    ['Grievance Redress Officer (GRO)', 'officer'],
    ['Appellate Officer', 'appeal'],
    ['Cabinet Division GRS cell', 'cell'],
    ['দায়িত্বপ্রাপ্ত কর্মকর্তা', null],
  ];
  for (const [role, level] of cases) assert.equal(levelOfRole(role), level, role);
});

test('grievanceChain: the charter steps by their roles, the national chain for the rest', () => {
  // Khulna: all three steps.
  const khulna = grievanceChain([
    { role: 'অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)', workingDays: 30 },
    { role: 'আপিল কর্মকর্তা', workingDays: 20 },
    { role: 'মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল', workingDays: 60 },
  ]);
  assert.deepEqual(
    khulna.map((s) => [s.level, s.workingDays, s.fromCharter]),
    [
      ['officer', 30, true],
      ['appeal', 20, true],
      ['cell', 60, true],
    ],
  );
  // Debiganj: two steps, the appeal officer within 30 and the cell within 60; the officer is the nation's.
  const debiganj = grievanceChain([
    { role: 'আপিল কর্মকর্তা', workingDays: 30, contactText: 'প্রোগ্রামার' },
    { role: 'মন্ত্রি পরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল।', workingDays: 60 },
  ]);
  assert.deepEqual(
    debiganj.map((s) => [s.level, s.workingDays, s.fromCharter]),
    [
      ['officer', 30, false],
      ['appeal', 30, true],
      ['cell', 60, true],
    ],
  );
  assert.equal(debiganj[1]?.contactText, 'প্রোগ্রামার');
  // A step whose role names no level takes the next free one; a step without days keeps the nation's.
  const odd = grievanceChain([{ role: 'ইউএনও', workingDays: null }]);
  assert.deepEqual(
    odd.map((s) => [s.level, s.workingDays, s.role]),
    [
      ['officer', 30, 'ইউএনও'],
      ['appeal', 20, ''],
      ['cell', 60, ''],
    ],
  );
  assert.deepEqual(
    NATIONAL.map((s) => s.workingDays),
    [30, 20, 60],
  );
});

test('a new grievance is due 30 working days after the day of receipt', () => {
  const state = received(rules('2026-06-04'));
  // 7 June is day 1; the holiday on 16 June moves the thirtieth working day from 16 to 19 July.
  assert.deepEqual(state, { status: 'received', level: 'officer', countFrom: '2026-06-04', dueOn: '2026-07-19', remainingDays: null, resumeStatus: null });
});

// Every status × every action: what is allowed, and where it leads (the whole table, so a change shows).
test('every transition of the state machine', () => {
  const base = received(rules('2026-06-04'));
  const at = (status: GrievanceState['status'], extra: Partial<GrievanceState> = {}): GrievanceState => ({ ...base, status, ...extra });
  const states: Record<string, GrievanceState> = Object.fromEntries(GRIEVANCE_STATUSES.map((s) => [s, at(s)]));
  states.clarification = at('clarification', { dueOn: null, remainingDays: 10, resumeStatus: 'investigating' });
  const expected: Record<string, Record<string, string | null>> = {
    received: { investigate: 'investigating', hearing: 'hearing', resolve: 'resolved', reject: 'rejected', forward: 'received', clarify: 'clarification' },
    investigating: { hearing: 'hearing', resolve: 'resolved', reject: 'rejected', forward: 'received', clarify: 'clarification' },
    hearing: { resolve: 'resolved', reject: 'rejected', forward: 'received', clarify: 'clarification' },
    clarification: { answer: 'investigating', resume: 'investigating', resolve: 'resolved', reject: 'rejected' },
    resolved: { appeal: 'received', satisfied: 'closed' },
    rejected: { appeal: 'received', satisfied: 'closed' },
    closed: {},
  };
  for (const status of GRIEVANCE_STATUSES) {
    for (const action of GRIEVANCE_ACTIONS) {
      const from = states[status];
      assert.ok(from);
      // escalate needs an overdue grievance: tried on the day after the last.
      const today = action === 'escalate' ? '2026-07-20' : '2026-06-10';
      const got = step(from, action, rules(today));
      const want =
        action === 'escalate' ? (['received', 'investigating', 'hearing'].includes(status) ? 'received' : null) : (expected[status]?.[action] ?? null);
      assert.equal(got?.status ?? null, want, `${status} --${action}-->`);
    }
  }
});

test('the clock: escalation, appeal, forwarding, clarification', () => {
  const start = received(rules('2026-06-04'));
  assert.equal(step(start, 'escalate', rules('2026-07-19')), null, 'not on the last day itself');
  assert.equal(isOverdue(start, '2026-07-19'), false);
  assert.equal(isOverdue(start, '2026-07-20'), true);
  const appeal = step(start, 'escalate', rules('2026-07-20'));
  assert.deepEqual(appeal && [appeal.level, appeal.countFrom, appeal.dueOn], ['appeal', '2026-07-20', '2026-08-17']);
  const cell = appeal && step(appeal, 'escalate', rules('2026-08-18'));
  assert.deepEqual(cell && [cell.level, cell.dueOn], ['cell', '2026-11-10']);
  assert.ok(cell);
  assert.equal(step(cell, 'escalate', rules('2026-12-01')), null, 'the cell is the last step');
  assert.equal(isOverdue(cell, '2026-12-01'), true);
  // Not satisfied with a decision: the next level, counted from that day.
  const decided = step(start, 'resolve', rules('2026-06-10'));
  assert.ok(decided);
  const appealed = step(decided, 'appeal', rules('2026-06-11'));
  assert.deepEqual(appealed && [appealed.status, appealed.level, appealed.dueOn], ['received', 'appeal', '2026-07-12']);
  // Forwarding restarts the officer's count where the grievance goes.
  const forwarded = step(start, 'forward', rules('2026-06-10'));
  assert.deepEqual(forwarded && [forwarded.level, forwarded.countFrom], ['officer', '2026-06-10']);
  assert.equal(appealed && step(appealed, 'forward', rules('2026-06-12')), null, 'an appeal is not forwarded');
  // Clarification stops the clock with the working days left, and the answer starts them again.
  const stopped = step(start, 'clarify', rules('2026-06-10'));
  assert.ok(stopped);
  assert.deepEqual([stopped.status, stopped.dueOn, stopped.remainingDays, stopped.resumeStatus], ['clarification', null, 26, 'received']);
  assert.equal(isOverdue(stopped, '2026-12-01'), false, 'a stopped clock is never overdue');
  assert.equal(step(stopped, 'escalate', rules('2026-12-01')), null);
  assert.equal(step(start, 'clarify', rules('2026-07-20')), null, 'not once the last day has passed');
  const resumed = step(stopped, 'answer', rules('2026-07-01'));
  assert.deepEqual(resumed && [resumed.status, resumed.countFrom, resumed.dueOn], ['received', '2026-07-01', '2026-08-06']);
});

test('reminderOn is three working days before the last day', () => {
  const start = received(rules('2026-06-04'));
  assert.equal(reminderOn(CAL, start), '2026-07-14');
  const decided = step(start, 'resolve', rules('2026-06-10'));
  assert.equal(decided && reminderOn(CAL, decided), null);
});

test('tracking numbers: ten digits, a check digit that catches a typo or a swap', () => {
  const number = makeTrackingNumber('482109375');
  assert.equal(number.length, 10);
  assert.equal(parseTrackingNumber(number), number);
  assert.equal(parseTrackingNumber(formatTrackingNumber(number)), number);
  const bengali = formatTrackingNumber(number).replace(/\d/g, (d) => '০১২৩৪৫৬৭৮৯'[Number(d)] ?? d);
  assert.equal(parseTrackingNumber(bengali), number);
  for (let i = 0; i < 10; i++) {
    for (let d = 0; d <= 9; d++) {
      if (String(d) === number[i]) continue;
      const typo = number.slice(0, i) + String(d) + number.slice(i + 1);
      assert.equal(parseTrackingNumber(typo), null, `typo at ${i}`);
    }
    if (i < 9 && number[i] !== number[i + 1]) {
      const swapped = number.slice(0, i) + (number[i + 1] ?? '') + (number[i] ?? '') + number.slice(i + 2);
      assert.equal(parseTrackingNumber(swapped), null, `swap at ${i}`);
    }
  }
  assert.equal(parseTrackingNumber('12345'), null);
  assert.throws(() => makeTrackingNumber('012345678'), RangeError);
});

test('redactContacts takes out phones and e-mails and leaves dates and amounts', () => {
  const text = 'আমাকে ০১৭১২-৩৪৫৬৭৮ নম্বরে বা +880 1812 345 678 বা rahim @ gmail.com এ জানান; ১২/০৫/২০২৬ তারিখে ৫০০ টাকা দিয়েছি, 2026-05-12।';
  const out = redactContacts(text);
  assert.equal(out.includes('৩৪৫৬৭৮'), false);
  assert.equal(out.includes('1812'), false);
  assert.equal(out.includes('gmail'), false);
  assert.equal(out.split(REDACTED_PHONE).length - 1, 2);
  assert.equal(out.split(REDACTED_EMAIL).length - 1, 1);
  assert.ok(out.includes('১২/০৫/২০২৬') && out.includes('৫০০ টাকা') && out.includes('2026-05-12'), out);
});

test('redactContacts also takes the ways people space and separate numbers and addresses', () => {
  for (const text of ['01712 - 345678', '01712/345678', '০১৭১২ – ৩৪৫ ৬৭৮', '(+880) 1712 345678']) {
    assert.equal(redactContacts(`call ${text} please`), `call ${REDACTED_PHONE} please`, text);
  }
  assert.equal(redactContacts('rahim @ gmail . com'), REDACTED_EMAIL);
  assert.equal(redactContacts('on 04/06/2026 and ০৪/০৬/২০২৬'), 'on 04/06/2026 and ০৪/০৬/২০২৬', 'dates stay');
});

test('withoutIdentity masks the name, its words and the address, not titles or other words', () => {
  const out = withoutIdentity('আমি মোঃ রহিম উদ্দিন, গ্রাম শালডাঙ্গা থেকে; রহিমকে নয়, রহিম বলে ডাকুন। ০১৭১২৩৪৫৬৭৮', {
    name: 'মোঃ রহিম উদ্দিন',
    address: 'গ্রাম  শালডাঙ্গা',
  });
  assert.equal(out.includes('রহিম উদ্দিন'), false);
  assert.equal(out.includes('শালডাঙ্গা'), false);
  assert.equal(out.includes('০১৭১২৩৪৫৬৭৮'), false);
  assert.ok(out.includes('রহিমকে'), 'a longer word that only starts with the name stays');
  assert.equal(out.split(REDACTED_NAME).length - 1, 3, out);
  assert.equal(withoutIdentity('মোঃ আব্দুল', { name: 'মোঃ' }), 'মোঃ আব্দুল', 'a title alone is not a name');
});
