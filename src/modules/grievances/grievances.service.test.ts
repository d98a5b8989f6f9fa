import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, sql } from 'drizzle-orm';
import { testDatabase } from '../../../test/helpers/db.ts';
import { grievanceInput, grievanceWorld, type GrievanceWorld, outcome } from '../../../test/helpers/grievances.ts';
import type { Database } from '../../db/client.ts';
import { auditLog, grievanceEvents, holidays, jobs, outbox } from '../../db/schema.ts';
import { PUBLIC, type Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/domain-error.ts';
import { parseTrackingNumber } from '../../grievance/tracking.ts';
import { runDueJobs } from '../scheduler/jobs.service.ts';
import { fileGrievance, type GrievanceInput } from './file.service.ts';
import { complainantStep, takeStep } from './handle.service.ts';
import { getAttachment, getGrievance, grievanceStatus, listGrievances } from './read.service.ts';
import { GRIEVANCE_JOBS, anonymiseFinished } from './jobs.ts';
import { scheduleRedate } from './deadlines.service.ts';
import { MASK } from './grievances.presenter.ts';

// Thursday 4 June 2026, 10:00 in Dhaka.
const NOW = new Date('2026-06-04T04:00:00Z');
const at = (iso: string) => new Date(`${iso}T04:00:00Z`);
let database: Database;
let w: GrievanceWorld;
const citizen = (now = NOW): Ctx => ({ db: database.db, actor: PUBLIC, now });
const input = (more: Partial<GrievanceInput> = {}) => grievanceInput(w, more);
const code = outcome;

before(async () => {
  database = await testDatabase();
  w = await grievanceWorld(database.db, NOW);
});
after(() => database.close());

test('filing: a tracking number, 30 working days from the next working day, the complainant told, the officer told without the identity', async () => {
  const filed = await fileGrievance(citizen(), input({ mobile: '01712-345678' }));
  assert.equal(parseTrackingNumber(filed.trackingNumber), filed.trackingNumber);
  assert.equal(filed.dueOn, '2026-07-16', 'day 1 is Sunday 7 June; six working weeks');
  const sent = await database.db
    .select()
    .from(outbox)
    .where(eq(outbox.key, `grievance:${filed.id}:filed:complainant:sms`));
  assert.equal(sent.length, 1);
  assert.equal(sent[0]?.recipient, '+8801712345678');
  assert.ok(sent[0]?.body.includes(filed.trackingNumber.slice(0, 3)), 'the SMS carries the tracking number');
  const officer = await database.db.select().from(outbox).where(eq(outbox.recipient, 'gro@test.gov.bd'));
  assert.equal(officer.length, 1);
  assert.equal(officer[0]?.body.includes('রহিমা'), false, 'no name in the officer’s e-mail');
  const [entry] = await database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'grievance'), eq(auditLog.entityId, filed.id)));
  assert.ok(entry);
  assert.equal(JSON.stringify(entry.after).includes('রহিমা') || JSON.stringify(entry.after).includes('345678'), false, 'no identity in the audit log');
  const scheduled = await database.db
    .select()
    .from(jobs)
    .where(eq(jobs.subject, `grievance:${filed.id}`));
  assert.deepEqual(scheduled.map((j) => j.kind).sort(), ['grievance.escalate', 'grievance.remind']);
});

test('bad input: field problems, an unknown service, a wrong mobile, nothing saved', async () => {
  const bad = await fileGrievance(citizen(), input({ mobile: '12345', description: 'ছোট', name: '' })).catch((e: unknown) => e);
  assert.ok(bad instanceof DomainError && bad.code === 'grievance.invalid');
  assert.deepEqual(Object.keys(bad.fields).sort(), ['description', 'mobile', 'name']);
  assert.equal(await code(() => fileGrievance(citizen(), input({ serviceId: 999_999 }))), 'grievance.service-unknown');
  assert.equal(await code(() => fileGrievance(citizen(), input({ officeId: 999_999 }))), 'office.not-found');
  const landline = await fileGrievance(citizen(), input({ mobile: '02-9515555' })).catch((e: unknown) => e);
  assert.ok(landline instanceof DomainError && 'mobile' in landline.fields, 'a land line gets no SMS');
});

test('a repeat of an open grievance is filed and linked for the officers, never refused (a refusal would tell who filed); more than five a day is a flood', async () => {
  const mobile = '01812-000111';
  const first = await fileGrievance(citizen(), input({ mobile }));
  const again = await fileGrievance(citizen(), input({ mobile }));
  const other = await fileGrievance(citizen(), input({ mobile, serviceId: w.serviceIds[0] ?? null }));
  const view = await getGrievance(w.as('gro'), { grievanceId: again.id });
  assert.deepEqual(view.repeatOf, { id: first.id, trackingNumber: first.trackingNumber });
  assert.equal((await getGrievance(w.as('gro'), { grievanceId: other.id })).repeatOf, null, 'another service is not a repeat');
  assert.equal((await getGrievance(w.as('head'), { grievanceId: again.id })).repeatOf, null, 'the link is for those who handle it');
  const [sms] = await database.db
    .select()
    .from(outbox)
    .where(eq(outbox.key, `grievance:${again.id}:filed:complainant:sms`));
  assert.ok(sms?.body.includes(first.trackingNumber.slice(0, 3)), 'the complainant is told of the earlier one');
  for (let i = 0; i < 2; i++) await fileGrievance(citizen(), input({ mobile }));
  assert.equal(await code(() => fileGrievance(citizen(), input({ mobile }))), 'grievance.too-many');
});

test('a signed-in person filing or following a grievance is not named by their account', async () => {
  const filed = await fileGrievance(w.as('editor'), input());
  const entries = await database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'grievance'), eq(auditLog.entityId, filed.id)));
  assert.deepEqual(
    entries.map((e) => [e.actor, e.actorUserId]),
    [['public', null]],
  );
  const events = await database.db.select().from(grievanceEvents).where(eq(grievanceEvents.grievanceId, filed.id));
  assert.deepEqual(
    events.map((e) => e.actorUserId),
    [null],
  );
});

test('attachments are checked by their bytes and bounded', async () => {
  const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF');
  const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00]);
  assert.equal(await code(() => fileGrievance(citizen(), input({ attachments: [{ fileName: 'receipt.pdf', bytes: exe }] }))), 'grievance.attachment-type');
  const big = new Uint8Array(5 * 1024 * 1024 + 1);
  big.set(pdf);
  assert.equal(await code(() => fileGrievance(citizen(), input({ attachments: [{ fileName: 'big.pdf', bytes: big }] }))), 'grievance.attachment-large');
  const many = Array.from({ length: 4 }, (_, i) => ({ fileName: `${i}.pdf`, bytes: pdf }));
  assert.equal(await code(() => fileGrievance(citizen(), input({ attachments: many }))), 'grievance.attachment-count');
  const filed = await fileGrievance(citizen(), input({ attachments: [{ fileName: '../../etc/রসিদ.pdf', bytes: pdf }] }));
  const view = await getGrievance(w.as('gro'), { grievanceId: filed.id });
  assert.deepEqual(
    view.attachments.map((a) => [a.fileName, a.mediaType]),
    [['রসিদ.pdf', 'application/pdf']],
  );
  const file = await getAttachment(w.as('gro'), { grievanceId: filed.id, attachmentId: view.attachments[0]?.id ?? 0 });
  assert.deepEqual([...file.bytes], [...pdf]);
  assert.equal(await code(() => getAttachment(w.as('head'), { grievanceId: filed.id, attachmentId: view.attachments[0]?.id ?? 0 })), 'auth.forbidden');
});

test('privacy: the grievance officer sees who filed it (and the read is logged); the head sees a mask; other offices see nothing', async () => {
  const filed = await fileGrievance(citizen(), input({ mobile: '01912-345600' }));
  const gro = await getGrievance(w.as('gro'), { grievanceId: filed.id });
  assert.equal(gro.complainant.name, 'রহিমা খাতুন');
  assert.equal(gro.complainant.mobile, '+8801912345600');
  const reads = await database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, filed.id), eq(auditLog.action, 'read-identity')));
  assert.equal(reads.length, 1);
  assert.equal(reads[0]?.actor, 'gro@test.gov.bd');
  const head = await getGrievance(w.as('head'), { grievanceId: filed.id });
  assert.deepEqual([head.complainant.name, head.complainant.mobile, head.complainant.email, head.complainant.masked], [MASK, MASK, MASK, true]);
  assert.equal(head.description.includes('২২৩৩৪৪'), false, 'a number typed into the text is hidden from the head');
  assert.equal(head.attachments.length, 0);
  const appeal = await getGrievance(w.as('appeal'), { grievanceId: filed.id });
  assert.equal(appeal.complainant.masked, true, 'the appeal officer handles it only once it reaches the appeal');
  assert.equal(await code(() => getGrievance(w.as('other-gro'), { grievanceId: filed.id })), 'grievance.not-found');
  assert.equal(await code(() => getGrievance(citizen(), { grievanceId: filed.id })), 'auth.required');
  const list = await listGrievances(w.as('head'), { officeId: w.upazila.id });
  assert.ok(list.grievances.some((g) => g.id === filed.id));
  assert.equal(JSON.stringify(list).includes('রহিমা'), false, 'a list never shows who filed');
});

test('the complainant follows it by tracking number and mobile; any other pair is not found', async () => {
  const filed = await fileGrievance(citizen(), input({ mobile: '01312-345678' }));
  const status = await grievanceStatus(citizen(), { tracking: filed.trackingNumber, mobile: '+880 1312 345678' });
  assert.equal(status.status, 'received');
  assert.equal(status.dueOn, '2026-07-16');
  assert.equal(JSON.stringify(status).includes('রহিমা'), false);
  assert.equal(await code(() => grievanceStatus(citizen(), { tracking: filed.trackingNumber, mobile: '01312-345679' })), 'grievance.not-found');
  assert.equal(await code(() => grievanceStatus(citizen(), { tracking: '123-456-7890', mobile: '01312-345678' })), 'grievance.not-found');
});

test('five wrong mobiles with one tracking number lock its lookups for an hour; the right one works after', async () => {
  const filed = await fileGrievance(citizen(), input({ mobile: '01312-000999' }));
  for (let i = 0; i < 5; i++)
    assert.equal(await code(() => grievanceStatus(citizen(), { tracking: filed.trackingNumber, mobile: `0131200100${i}` })), 'grievance.not-found');
  assert.equal(await code(() => grievanceStatus(citizen(), { tracking: filed.trackingNumber, mobile: '01312-000999' })), 'grievance.lookup-locked');
  assert.equal(
    await code(() => grievanceStatus(citizen(new Date(NOW.getTime() + 61 * 60_000)), { tracking: filed.trackingNumber, mobile: '01312-000999' })),
    'ok',
  );
});

test('officer steps: who may take them, what they need, and what the complainant reads', async () => {
  const filed = await fileGrievance(citizen(), input());
  const id = filed.id;
  assert.equal(await code(() => takeStep(w.as('head'), { grievanceId: id, action: 'investigate' })), 'auth.forbidden');
  assert.equal(await code(() => takeStep(w.as('other-gro'), { grievanceId: id, action: 'investigate' })), 'grievance.not-found');
  assert.equal(await code(() => takeStep(w.as('appeal'), { grievanceId: id, action: 'investigate' })), 'auth.forbidden', 'not at the first level');
  await takeStep(w.as('gro', at('2026-06-07')), { grievanceId: id, action: 'investigate', note: 'নথি দেখছি' });
  assert.equal(await code(() => takeStep(w.as('gro'), { grievanceId: id, action: 'reject' })), 'grievance.invalid', 'a rejection needs its reason');
  assert.equal(await code(() => takeStep(w.as('gro'), { grievanceId: id, action: 'investigate' })), 'grievance.transition');
  const decided = await takeStep(w.as('gro', at('2026-06-10')), {
    grievanceId: id,
    action: 'resolve',
    note: 'আগামী ব্যাচে ভর্তি করা হয়েছে; যোগাযোগ ০১৭০০-০০০০০০।',
  });
  assert.equal(decided.status, 'resolved');
  assert.equal(decided.decidedOnTime, true);
  const status = await grievanceStatus(citizen(), { tracking: filed.trackingNumber, mobile: input().mobile.replace(/\d{2}$/, '') + '00' }).catch(() => null);
  assert.equal(status, null, 'someone else’s mobile finds nothing');
  const mine = await grievanceStatus(citizen(), { tracking: filed.trackingNumber, mobile: decided.mobile ?? '' });
  assert.equal(mine.status, 'resolved');
  assert.ok(mine.answer.startsWith('আগামী ব্যাচে ভর্তি'));
  assert.equal(mine.answer.includes('০০০০০০'), false, 'contacts in the public answer are taken out');
  assert.equal(mine.events.find((e) => e.action === 'investigate')?.note, '', 'the officer’s working note is not public');
  assert.deepEqual(mine.may, { answer: false, appeal: true, accept: true });
});

test('clarification stops the clock and the complainant’s answer restarts it with the days that were left', async () => {
  const filed = await fileGrievance(citizen(), input());
  await takeStep(w.as('gro', at('2026-06-10')), { grievanceId: filed.id, action: 'clarify', note: 'আবেদনের তারিখ কত?' });
  const stopped = await getGrievance(w.as('gro'), { grievanceId: filed.id });
  assert.deepEqual([stopped.status, stopped.dueOn, stopped.remainingDays], ['clarification', null, 26]);
  const mobile = (await getGrievance(w.as('gro'), { grievanceId: filed.id })).complainant.mobile ?? '';
  const resumed = await complainantStep(citizen(at('2026-07-01')), { tracking: filed.trackingNumber, mobile, action: 'answer', note: '১২ মে ২০২৬' });
  assert.deepEqual([resumed.status, resumed.countFrom, resumed.countDays, resumed.dueOn], ['received', '2026-07-01', 26, '2026-08-06']);
});

test('a clarification not answered in ten working days lets the clock run again by itself; at most two per level; never once overdue', async () => {
  const filed = await fileGrievance(citizen(), input());
  await takeStep(w.as('gro', at('2026-06-10')), { grievanceId: filed.id, action: 'clarify', note: 'আবেদনের তারিখ কত?' });
  // ten working days after 10 June is 24 June; the job runs at the start of 25 June
  await runDueJobs(database.db, new Date('2026-06-24T12:00:00Z'), GRIEVANCE_JOBS);
  assert.equal((await getGrievance(w.as('gro'), { grievanceId: filed.id })).status, 'clarification');
  await runDueJobs(database.db, new Date('2026-06-24T18:00:00Z'), GRIEVANCE_JOBS);
  const resumed = await getGrievance(w.as('gro'), { grievanceId: filed.id });
  assert.deepEqual([resumed.status, resumed.countFrom, resumed.countDays, resumed.events.at(-1)?.action], ['received', '2026-06-25', 26, 'resume']);
  await takeStep(w.as('gro', at('2026-06-28')), { grievanceId: filed.id, action: 'clarify', note: 'আরেকটি প্রশ্ন' });
  const mobile = (await getGrievance(w.as('gro'), { grievanceId: filed.id })).complainant.mobile ?? '';
  await complainantStep(citizen(at('2026-06-28')), { tracking: filed.trackingNumber, mobile, action: 'answer', note: 'উত্তর' });
  assert.equal(
    await code(() => takeStep(w.as('gro', at('2026-06-29')), { grievanceId: filed.id, action: 'clarify', note: 'তৃতীয় প্রশ্ন' })),
    'grievance.transition',
  );
  const late = await fileGrievance(citizen(), input());
  assert.equal(
    await code(() => takeStep(w.as('gro', at('2026-07-20')), { grievanceId: late.id, action: 'clarify', note: 'দেরিতে প্রশ্ন' })),
    'grievance.transition',
  );
});

test('a clock stopped and started again on the same day keeps its escalation', async () => {
  const filed = await fileGrievance(citizen(), input());
  const mobile = (await getGrievance(w.as('gro'), { grievanceId: filed.id })).complainant.mobile ?? '';
  // asked and answered on Thursday 11 June: the count resumes the same day with the same last day
  await takeStep(w.as('gro', at('2026-06-11')), { grievanceId: filed.id, action: 'clarify', note: 'প্রশ্ন' });
  const back = await complainantStep(citizen(at('2026-06-11')), { tracking: filed.trackingNumber, mobile, action: 'answer', note: 'উত্তর' });
  const pending = await database.db
    .select()
    .from(jobs)
    .where(and(eq(jobs.subject, `grievance:${filed.id}`), eq(jobs.kind, 'grievance.escalate'), sql`${jobs.doneAt} is null`));
  assert.deepEqual(
    pending.map((j) => j.payload.dueOn),
    [back.dueOn],
  );
});

test('forwarding to the right office restarts the count there, with a record', async () => {
  const filed = await fileGrievance(citizen(), input());
  const moved = await takeStep(w.as('gro', at('2026-06-08')), {
    grievanceId: filed.id,
    action: 'forward',
    toOfficeId: w.district.id,
    note: 'জেলা কার্যালয়ের সেবা',
  });
  assert.deepEqual([moved.officeId, moved.status, moved.countFrom, moved.dueOn], [w.district.id, 'received', '2026-06-08', '2026-07-20']);
  assert.equal(moved.chain.find((s) => s.level === 'appeal')?.workingDays, 20, 'the new office’s chain');
  assert.equal(await code(() => takeStep(w.as('gro'), { grievanceId: filed.id, action: 'investigate' })), 'grievance.not-found', 'no longer at the upazila');
  assert.equal(await code(() => takeStep(w.as('district-gro', at('2026-06-09')), { grievanceId: filed.id, action: 'investigate' })), 'ok');
  const events = await database.db.select().from(grievanceEvents).where(eq(grievanceEvents.grievanceId, filed.id));
  assert.deepEqual(
    events.map((e) => e.action),
    ['file', 'forward', 'investigate'],
  );
});

test('escalation under a moved clock: nothing before the day after the last day, once after it, and the appeal officer takes over', async () => {
  const filed = await fileGrievance(citizen(), input());
  const early = await runDueJobs(database.db, new Date('2026-07-16T17:59:00Z'), GRIEVANCE_JOBS);
  assert.equal((await getGrievance(w.as('gro'), { grievanceId: filed.id })).level, 'officer', `not on the last day (${JSON.stringify(early)})`);
  const reminders = await database.db
    .select()
    .from(outbox)
    .where(eq(outbox.key, `grievance:${filed.id}:remind:officer:2026-07-16:user:${(w.people.gro as { userId: number }).userId}:email`));
  assert.equal(reminders.length, 1, 'the officer was reminded before the last day');
  await runDueJobs(database.db, new Date('2026-07-16T18:00:00Z'), GRIEVANCE_JOBS);
  const escalated = await getGrievance(w.as('appeal'), { grievanceId: filed.id });
  assert.deepEqual([escalated.level, escalated.status, escalated.countFrom, escalated.countDays], ['appeal', 'received', '2026-07-17', 30]);
  await runDueJobs(database.db, new Date('2026-07-16T18:00:00Z'), GRIEVANCE_JOBS);
  const events = await database.db
    .select()
    .from(grievanceEvents)
    .where(and(eq(grievanceEvents.grievanceId, filed.id), eq(grievanceEvents.action, 'escalate')));
  assert.equal(events.length, 1, 'never twice');
  assert.equal(await code(() => takeStep(w.as('gro'), { grievanceId: filed.id, action: 'resolve', note: 'x' })), 'auth.forbidden');
  assert.equal((await getGrievance(w.as('gro'), { grievanceId: filed.id })).complainant.masked, true, 'who filed it is for those who handle it now');
  assert.equal(escalated.complainant.masked, false);
  assert.equal(await code(() => takeStep(w.as('appeal', at('2026-07-20')), { grievanceId: filed.id, action: 'investigate' })), 'ok');
});

test('not satisfied with a decision: the appeal officer, with its own deadline', async () => {
  const filed = await fileGrievance(citizen(), input());
  const decided = await takeStep(w.as('gro', at('2026-06-10')), { grievanceId: filed.id, action: 'reject', note: 'সেবাটি এই দপ্তরের নয়' });
  const appealed = await complainantStep(citizen(at('2026-06-11')), {
    tracking: filed.trackingNumber,
    mobile: decided.mobile ?? '',
    action: 'appeal',
    note: 'সন্তুষ্ট নই',
  });
  assert.deepEqual([appealed.level, appealed.status, appealed.dueOn], ['appeal', 'received', '2026-07-23']);
});

test('a holiday added late re-dates every open deadline it touches, in one job, with an audit entry', async () => {
  const filed = await fileGrievance(citizen(), input());
  const parked = await fileGrievance(citizen(), input());
  await takeStep(w.as('gro'), { grievanceId: parked.id, action: 'clarify', note: 'প্রশ্ন' });
  const op: Ctx = { db: database.db, actor: { kind: 'operator', name: 'test' }, now: NOW };
  await database.db.transaction(async (tx) => {
    await tx.insert(holidays).values({ date: '2026-06-16', nameBn: 'নির্বাচন', nameEn: 'Election', class: 'executive', createdAt: NOW });
    await scheduleRedate({ ...op, db: tx }, { reason: 'holiday 2026-06-16 added' });
  });
  await runDueJobs(database.db, NOW, GRIEVANCE_JOBS);
  const after = await getGrievance(w.as('gro'), { grievanceId: filed.id });
  assert.equal(after.dueOn, '2026-07-19', 'one working day later');
  assert.equal(after.events.at(-1)?.action, 'redate');
  assert.equal((await getGrievance(w.as('gro'), { grievanceId: parked.id })).dueOn, null, 'a stopped clock is not touched');
  const entries = await database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'calendar'), eq(auditLog.action, 'redate')));
  assert.equal(entries.length, 1);
  assert.ok(JSON.stringify(entries[0]?.after).includes('2026-07-19'));
  const escalations = await database.db
    .select()
    .from(jobs)
    .where(and(eq(jobs.subject, `grievance:${filed.id}`), eq(jobs.kind, 'grievance.escalate')));
  assert.deepEqual(
    escalations.map((j) => [j.key.split(':').slice(-2).join(':'), j.outcome]),
    [
      ['2026-07-16:escalate', 'cancelled'],
      ['2026-07-19:escalate', null],
    ],
  );
  await database.db.delete(holidays);
});

test('contacts of grievances finished long ago are anonymised, and that is logged', async () => {
  const filed = await fileGrievance(citizen(), input());
  await takeStep(w.as('gro', at('2026-06-10')), { grievanceId: filed.id, action: 'resolve', note: 'সমাধান' });
  await database.db
    .update(grievanceEvents)
    .set({ note: 'রহিমা খাতুন ফোন করেছিলেন' })
    .where(and(eq(grievanceEvents.grievanceId, filed.id), eq(grievanceEvents.action, 'resolve')));
  const later: Ctx = { db: database.db, actor: { kind: 'system', name: 'scheduler' }, now: at('2027-06-11') };
  assert.ok((await anonymiseFinished(later, 365)) >= 1);
  const view = await getGrievance(w.as('gro'), { grievanceId: filed.id });
  assert.deepEqual([view.complainant.name, view.complainant.mobile, view.complainant.anonymised], ['', null, true]);
  assert.equal(view.description.includes('২২৩৩৪৪'), false);
  assert.equal(JSON.stringify(view.events).includes('রহিমা'), false, 'the notes are cleaned too');
  const notices = await database.db
    .select()
    .from(outbox)
    .where(sql`${outbox.key} like ${`grievance:${filed.id}:%`}`);
  assert.ok(notices.length > 0);
  assert.deepEqual([...new Set(notices.map((n) => n.recipient))], ['•••'], 'the notices no longer hold the contacts');
  const logged = await database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, filed.id), eq(auditLog.action, 'anonymise')));
  assert.equal(logged.length, 1);
  assert.equal(await code(() => grievanceStatus(citizen(), { tracking: filed.trackingNumber, mobile: '01700000000' })), 'grievance.not-found');
});
