// The holiday calendar's use cases on a real database: a year replaced by its list and no other, a bad line
// refusing the whole file, every change audited and re-dating scheduled, and only a head office's administrator.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { testDatabase } from '../../../test/helpers/db.ts';
import { buildTree, operatorCtx, type Tree } from '../../../test/helpers/factories.ts';
import type { Database } from '../../db/client.ts';
import { auditLog, jobs } from '../../db/schema.ts';
import { bilingual } from '../../i18n/messages.ts';
import type { Actor, Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/domain-error.ts';
import { addUser } from '../accounts/accounts.service.ts';
import { REDATE_JOB } from '../grievances/deadlines.service.ts';
import { toCsv } from '../../csv/csv.ts';
import { workingCalendar } from './calendar.repo.ts';
import { CSV_COLUMNS, toHolidayCsv } from './holiday-csv.ts';
import * as h from './holidays.service.ts';

let database: Database;
let tree: Tree;
let tick = 0;
/** The operator, each call a minute later (a redate job is keyed by its time and reason). */
const op = (): Ctx => operatorCtx(database.db, new Date(Date.UTC(2025, 5, 5, 4, tick++)));
const actors: Record<string, Actor> = {};

before(async () => {
  database = await testDatabase();
  tree = await buildTree(database.db);
  const people = [
    ['admin', tree.hq, ['admin']],
    ['district-admin', tree.district, ['admin']],
    ['editor', tree.hq, ['editor', 'head', 'reviewer']],
  ] as const;
  for (const [who, office, roles] of people) {
    const user = await addUser(op(), { officeId: office.id, email: `${who}@h.test`, password: 'a-long-password', roles: [...roles] });
    actors[who] = { kind: 'user', userId: user.id, email: user.email, officeId: office.id, officePath: office.path, roles, via: 'token' };
  }
});
after(() => database.close());

const as = (who: string): Ctx => ({ ...op(), actor: actors[who] ?? { kind: 'public' } });
const redateJobs = async () => (await database.db.select().from(jobs).where(eq(jobs.kind, REDATE_JOB))).length;
const audits = async (entity: string) => database.db.select().from(auditLog).where(eq(auditLog.entity, entity));
const fails =
  (code: string, check: (e: DomainError) => void = () => {}) =>
  (e: unknown) => {
    assert.ok(e instanceof DomainError, String(e));
    assert.equal(e.code, code, e.message);
    check(e);
    return true;
  };

const Y2025 = `date,name_bn,name_en,class,religion,moon,source
2025-02-21,শহীদ দিবস ও আন্তর্জাতিক মাতৃভাষা দিবস,Shaheed Day,general,,,notification
2025-03-26,স্বাধীনতা ও জাতীয় দিবস,Independence Day,general,,,notification
2025-03-31,ঈদুল ফিতর,Eid-ul-Fitr,general,,yes,notification
2025-05-12,বুদ্ধ পূর্ণিমা,Buddha Purnima,optional,buddhist,,notification
`;

test('an import replaces the years the file covers and leaves the others alone', async () => {
  const jobsBefore = await redateJobs();
  const first = await h.importHolidays(op(), { csv: Y2025 });
  assert.deepEqual(first.years, [{ year: 2025, before: 0, after: 4 }]);
  const y2026 = 'date,name\n২০২৬-০২-২১,শহীদ দিবস\n2026-03-26,স্বাধীনতা দিবস\n2026-12-16,বিজয় দিবস\n';
  assert.deepEqual((await h.importHolidays(op(), { csv: y2026, source: 'প্রজ্ঞাপন ২০২৫-১১-০৯' })).years, [{ year: 2026, before: 0, after: 3 }]);
  const again = await h.importHolidays(op(), { csv: 'date,name_bn\n2026-12-16,বিজয় দিবস\n' });
  assert.deepEqual(again.years, [{ year: 2026, before: 3, after: 1 }]);
  assert.equal((await h.listYear(op(), { year: 2025 })).length, 4, '2025 untouched by the 2026 lists');
  const [victory] = await h.listYear(op(), { year: 2026 });
  assert.deepEqual([victory?.date, victory?.class, victory?.source], ['2026-12-16', 'general', '']);
  assert.equal(await redateJobs(), jobsBefore + 3, 'every import schedules the re-dating');
  const entries = await audits('holidays');
  assert.equal(entries.length, 3);
  assert.deepEqual(
    entries.map((e) => [e.entityId, e.action, (e.before as unknown[]).length, (e.after as unknown[]).length]),
    [
      [2025, 'import', 0, 4],
      [2026, 'import', 0, 3],
      [2026, 'import', 3, 1],
    ],
  );
  const calendar = await workingCalendar(database.db, tree.upazila.id);
  assert.ok(calendar.holidays.has('2025-03-31'));
  assert.ok(!calendar.holidays.has('2025-05-12'), 'an optional day does not close offices');
});

test('one bad line refuses the whole file: every problem with its line, in both languages; nothing saved', async () => {
  const jobsBefore = await redateJobs();
  const csv =
    'date,name_bn,class,religion,moon\n2027-01-01,নববর্ষ,general,,\n2027-02-30,ভুল দিন,general,,\n"2027-03-01",নাম,weird,,\n2027-03-02,নাম,general,hindu,\n2027-03-03,নাম,optional,hindu,maybe\n';
  await assert.rejects(
    h.importHolidays(op(), { csv }),
    fails('holiday.csv-invalid', (e) => {
      const lines = Object.values(e.fields).map((m) => bilingual(m));
      assert.equal(lines.length, 4, lines.join('\n'));
      assert.match(lines[0] ?? '', /^লাইন ৩, date “2027-02-30”: তারিখটি সঠিক নয়.*\nLine 3, date “2027-02-30”: This is not a date/su);
      assert.match(lines[1] ?? '', /Line 4, class “weird”/);
      assert.match(lines[2] ?? '', /Line 5, religion “hindu”: A religion is given only for an optional holiday/);
      assert.match(lines[3] ?? '', /Line 6, moon “maybe”/);
      assert.match(bilingual(e.text), /\(সমস্যা: ৪টি\)[^]*\(problems: 4\)/);
    }),
  );
  assert.equal((await h.listYear(op(), { year: 2027 })).length, 0);
  assert.equal(await redateJobs(), jobsBefore);
  await assert.rejects(
    h.importHolidays(op(), { csv: 'date,nam\n2027-01-01,x\n' }),
    fails('holiday.csv-invalid', (e) => assert.match(bilingual(Object.values(e.fields)[0] ?? e.text), /Unknown column “nam”/)),
  );
  await assert.rejects(h.importHolidays(op(), { csv: 'date,name\n' }), fails('holiday.csv-invalid'));
  await assert.rejects(
    h.importHolidays(op(), { csv: 'date,name\n2027-01-01,"open\n' }),
    fails('holiday.csv-invalid', (e) => assert.match(bilingual(Object.values(e.fields)[0] ?? e.text), /Line 2: a double quote/)),
  );
  await assert.rejects(
    h.importHolidays(op(), { csv: 'date,name\n2027-01-01,x\n2027-01-01,x\n' }),
    fails('holiday.csv-invalid', (e) => assert.match(bilingual(Object.values(e.fields)[0] ?? e.text), /Line 3: the same holiday as line 2/)),
  );
});

test('RFC 4180 quoting: commas, quotes and line breaks inside a cell; a line counted where it starts', async () => {
  const csv = '\uFEFFdate,name_bn,name_en,source\r\n2028-02-21,শহীদ দিবস,"Martyrs\' Day, ""Ekushey""","one\r\ntwo"\r\n\r\n2028-12-16,বিজয় দিবস,,\r\n';
  assert.deepEqual((await h.importHolidays(op(), { csv })).years, [{ year: 2028, before: 0, after: 2 }]);
  const [ekushey] = await h.listYear(op(), { year: 2028 });
  assert.equal(ekushey?.nameEn, 'Martyrs\' Day, "Ekushey"');
  assert.equal(ekushey?.source, 'one two', 'one line, as every stored name and source');
  await assert.rejects(
    h.importHolidays(op(), { csv: 'date,name,source\n2029-01-01,a,"x\ny"\n\n2029-02-30,b,\n' }),
    fails('holiday.csv-invalid', (e) => assert.match(bilingual(Object.values(e.fields)[0] ?? e.text), /Line 5, date/)),
  );
});

test('`holidays list` prints a year the import takes back as it was, awkward names and formula guards included', async () => {
  const csv = toCsv([
    [...CSV_COLUMNS],
    ['2041-02-21', 'শহীদ দিবস', 'Shaheed Day, "Ekushey"', 'general', '', '', 'প্রজ্ঞাপন; পৃষ্ঠা ২'],
    ['2041-03-26', '-', '=HYPERLINK("http://x")', 'executive', '', 'yes', "'=already quoted"],
    ['2041-04-14', '@নববর্ষ', '+1 day', 'optional', 'hindu', '', '-5'],
    ['2041-12-16', 'বিজয় দিবস', "Victory Day's", 'general', '', '', ' '],
  ]);
  await h.importHolidays(op(), { csv });
  const listed = await h.listYear(op(), { year: 2041 });
  assert.deepEqual(
    listed.map((r) => [r.nameBn, r.nameEn, r.source]),
    [
      ['শহীদ দিবস', 'Shaheed Day, "Ekushey"', 'প্রজ্ঞাপন; পৃষ্ঠা ২'],
      ['-', '=HYPERLINK("http://x")', "'=already quoted"],
      ['@নববর্ষ', '+1 day', '-5'],
      ['বিজয় দিবস', "Victory Day's", ''],
    ],
  );
  const printed = toHolidayCsv(listed);
  assert.ok(printed.startsWith('date,name_bn,name_en,class,religion,moon,source\r\n'), 'the header, no BOM, CRLF');
  assert.ok(printed.includes(`,"'=HYPERLINK(""http://x"")",`), 'a spreadsheet shows the formula as text');
  const before = listed.map(({ id: _id, createdAt: _at, ...values }) => values);
  assert.deepEqual((await h.importHolidays(op(), { csv: printed })).years, [{ year: 2041, before: 4, after: 4 }]);
  const after = (await h.listYear(op(), { year: 2041 })).map(({ id: _id, createdAt: _at, ...values }) => values);
  assert.deepEqual(after, before);
  assert.equal(toHolidayCsv(await h.listYear(op(), { year: 2041 })), printed, 'printed again, the same bytes');
});

test('a day added, changed and removed: field problems, audit entries and a redate job each time', async () => {
  const jobsBefore = await redateJobs();
  await assert.rejects(
    h.addHoliday(op(), { date: '2025-02-30', nameBn: '', class: 'general' }),
    fails('holiday.invalid', (e) => assert.deepEqual(Object.keys(e.fields).sort(), ['date', 'nameBn'])),
  );
  await assert.rejects(
    h.addHoliday(op(), { date: '2025-08-05', nameBn: 'জুলাই গণঅভ্যুত্থান দিবস', class: 'weekly' as 'general' }),
    fails('holiday.invalid', (e) => assert.equal(e.fields.class?.key, 'holidays.field.class')),
  );
  await assert.rejects(
    h.addHoliday(op(), { date: '2025-08-05', nameBn: 'জুলাই গণঅভ্যুত্থান দিবস', class: 'general', religion: 'hindu' }),
    fails('holiday.invalid', (e) => assert.equal(e.fields.religion?.key, 'holidays.field.religion-not-optional')),
  );
  const row = await h.addHoliday(op(), {
    date: '২০২৫-০৮-০৫',
    nameBn: 'জুলাই গণঅভ্যুত্থান দিবস',
    nameEn: 'July Mass Uprising Day',
    class: 'general',
    source: 'gazette',
  });
  assert.equal(row.date, '2025-08-05', 'Bengali digits read');
  await assert.rejects(
    h.addHoliday(op(), { date: '2025-08-05', nameBn: 'জুলাই গণঅভ্যুত্থান দিবস', class: 'general' }),
    fails('holiday.invalid', (e) => assert.equal(e.fields.date?.key, 'holidays.field.duplicate')),
  );
  const moved = await h.updateHoliday(op(), {
    id: row.id,
    date: '2025-08-06',
    nameBn: row.nameBn,
    nameEn: row.nameEn,
    class: 'executive',
    moon: true,
    source: 'order',
  });
  assert.deepEqual([moved.date, moved.class, moved.moon], ['2025-08-06', 'executive', true]);
  await h.updateHoliday(op(), { id: row.id, date: '2025-08-06', nameBn: row.nameBn, nameEn: row.nameEn, class: 'executive', moon: true, source: 'order' });
  await h.removeHoliday(op(), { id: row.id });
  await assert.rejects(h.removeHoliday(op(), { id: row.id }), fails('holiday.not-found'));
  await assert.rejects(h.updateHoliday(op(), { id: 999999, date: '2025-01-01', nameBn: 'x', class: 'general' }), fails('holiday.not-found'));
  const entries = (await audits('holiday')).filter((e) => e.entityId === row.id);
  assert.deepEqual(
    entries.map((e) => e.action),
    ['create', 'update', 'delete'],
    'an update that changes nothing writes nothing',
  );
  assert.deepEqual((entries[1]?.before as { date: string }).date, '2025-08-05');
  assert.equal(await redateJobs(), jobsBefore + 3);
});

test('only an administrator of a head office keeps the calendar', async () => {
  const input = { date: '2025-12-25', nameBn: 'যিশুখ্রিস্টের জন্মদিন (বড়দিন)', class: 'general' as const };
  await assert.rejects(h.addHoliday(as('editor'), input), fails('auth.forbidden'));
  await assert.rejects(h.addHoliday(as('district-admin'), input), fails('auth.forbidden'), 'an administrator below the head office');
  await assert.rejects(h.addHoliday(as('nobody'), input), fails('auth.required'));
  await assert.rejects(h.importHolidays(as('editor'), { csv: Y2025 }), fails('auth.forbidden'));
  await assert.rejects(h.setWeeklyDaysOff(as('editor'), { rootOfficeId: tree.hq.id, days: [5] }), fails('auth.forbidden'));
  await assert.rejects(h.loadShippedHolidays(as('editor'), h.SHIPPED_HOLIDAYS_DIR), fails('auth.forbidden'));
  const row = await h.addHoliday(as('admin'), input);
  await assert.rejects(h.removeHoliday(as('editor'), { id: row.id }), fails('auth.forbidden'));
  await h.removeHoliday(as('admin'), { id: row.id });
  const [entry] = (await audits('holiday')).filter((e) => e.entityId === row.id);
  assert.deepEqual([entry?.actor, entry?.officeId], ['admin@h.test', tree.hq.id], "recorded against the admin's head office");
  assert.equal((await h.listYear(as('nobody'), { year: 2025 })).length > 0, true, 'anyone reads the list');
  assert.equal((await h.calendarRoot(as('admin')))?.id, tree.hq.id);
  assert.equal(await h.calendarRoot(as('district-admin')), null);
});

test('the weekly days off: kept at the head office, at least one working day, counted by every office below', async () => {
  const jobsBefore = await redateJobs();
  await assert.rejects(
    h.setWeeklyDaysOff(op(), { rootOfficeId: tree.hq.id, days: [0, 1, 2, 3, 4, 5, 6] }),
    fails('week.invalid', (e) => assert.ok(e.fields.days)),
  );
  await assert.rejects(h.setWeeklyDaysOff(op(), { rootOfficeId: tree.hq.id, days: [7] }), fails('week.invalid'));
  await assert.rejects(
    h.setWeeklyDaysOff(op(), { rootOfficeId: tree.district.id, days: [5] }),
    fails('week.invalid', (e) => assert.ok(e.fields.rootOfficeId)),
  );
  assert.deepEqual(await h.setWeeklyDaysOff(as('admin'), { rootOfficeId: tree.hq.id, days: [5, 5] }), [5]);
  assert.deepEqual((await workingCalendar(database.db, tree.upazila.id)).weekly, [5]);
  assert.deepEqual(await h.setWeeklyDaysOff(op(), { rootOfficeId: tree.hq.id, days: [5] }), [5], 'no change, nothing written');
  assert.equal(
    (await h.countDeadline(op(), { from: '2026-06-04', workingDays: 1, officeId: tree.upazila.id })).explanation.due,
    '2026-06-06',
    'Saturday works now',
  );
  await h.setWeeklyDaysOff(op(), { rootOfficeId: tree.hq.id, days: [6, 5] });
  const entries = await database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'working_week'), eq(auditLog.entityId, tree.hq.id)));
  assert.deepEqual(
    entries.map((e) => [e.before, e.after]),
    [
      [[5, 6], [5]],
      [[5], [5, 6]],
    ],
  );
  assert.equal(await redateJobs(), jobsBefore + 2);
});

test('deadlines: the count and the years it crosses with no holiday list', async () => {
  const r = await h.countDeadline(op(), { from: '2025-03-30', workingDays: 1 });
  assert.equal(r.explanation.due, '2025-04-01', 'Eid-ul-Fitr on the 31st (imported above) is skipped');
  assert.deepEqual(r.yearsWithoutHolidays, []);
  assert.deepEqual((await h.countDeadline(op(), { from: '2030-12-30', workingDays: 5 })).yearsWithoutHolidays, [2030, 2031]);
  await assert.rejects(h.countDeadline(op(), { from: 'tomorrow', workingDays: 1 }), fails('holiday.invalid'));
  await assert.rejects(h.countDeadline(op(), { from: '2025-01-01', workingDays: 1, officeId: 999999 }), fails('office.not-found'));
  assert.deepEqual(await h.yearsWithoutHolidays(database.db, [2025, 2031, 2026]), [2031]);
  assert.deepEqual(h.yearsToCheck(new Date('2025-12-31T19:00:00Z'), ['2027-01-03']), [2026, 2027], 'the year in Bangladesh, UTC+6');
});

test('the shipped lists load into years that have none, once, and never over a year an administrator keeps', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'holidays-'));
  writeFileSync(join(dir, '2025.csv'), 'date,name_bn,class\n2025-01-01,বদলে যাবে না,general\n');
  writeFileSync(join(dir, '2032.csv'), 'date,name_bn,class,moon\n2032-02-21,শহীদ দিবস,general,\n2032-03-26,স্বাধীনতা দিবস,general,\n');
  writeFileSync(join(dir, 'README.md'), '# not a year');
  const jobsBefore = await redateJobs();
  assert.deepEqual(await h.loadShippedHolidays(op(), dir), [{ year: 2032, count: 2, file: '2032.csv' }]);
  assert.deepEqual(await h.loadShippedHolidays(op(), dir), [], 'the second start loads nothing');
  assert.equal(
    (await h.listYear(op(), { year: 2025 })).some((r) => r.nameBn === 'বদলে যাবে না'),
    false,
  );
  assert.equal(await redateJobs(), jobsBefore + 1);
  assert.deepEqual(await h.loadShippedHolidays(op(), join(dir, 'missing')), []);
  writeFileSync(join(dir, '2033.csv'), 'date,name_bn\n2033-01-01,ঠিক\n2034-01-01,অন্য বছর\n');
  await assert.rejects(
    h.loadShippedHolidays(op(), dir),
    fails('holiday.csv-invalid', (e) => assert.match(bilingual(Object.values(e.fields)[0] ?? e.text), /Line 3: the date is not in the file's year 2033/)),
  );
  assert.equal((await h.listYear(op(), { year: 2034 })).length, 0);
});
