// What we publish reads back: a charter page of this product, saved as HTML and imported, gives the charter
// the API serves, row by row (the HTML reader on a page whose markup we know in full).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { testDatabase } from '../../../test/helpers/db.ts';
import type { Database } from '../../db/client.ts';
import { createApp } from '../../app.tsx';
import { charterSchema, type Charter, type Person } from '../../charter/model.ts';
import { importFile } from '../../importer/read-file.ts';
import { DEMO_ACTOR, loadDemo } from '../demo/demo.service.ts';

let database: Database;
let app: ReturnType<typeof createApp>;
const now = new Date('2025-06-05T04:00:00Z');

before(async () => {
  database = await testDatabase();
  await loadDemo({ db: database.db, actor: DEMO_ACTOR, now }, fileURLToPath(new URL('../../../demo/seeds', import.meta.url)));
  app = createApp({ db: database.db, now: () => now });
});
after(() => database.close());

const who = (p: Person | null) => p && { name: p.name, designation: p.designation, phones: p.phones, emails: p.emails };
const rows = (c: Pick<Charter, 'services'>) =>
  c.services.map((s) => ({
    category: s.category,
    serial: s.serial,
    name: s.name,
    channels: s.channels,
    documents: s.documents,
    fee: [s.fee.kind, s.fee.amountTaka],
    timeLimit: [s.timeLimit.immediate, s.timeLimit.workingDays],
    responsible: who(s.responsible),
    superior: who(s.superior),
  }));

for (const office of [13, 2]) {
  for (const path of ['charter', 'charter/print']) {
    test(`/offices/${office}/${path} saved as HTML imports to the charter the API serves`, async () => {
      const served = charterSchema.omit({ findings: true }).parse(await (await app.request(`/api/offices/${office}/charter`)).json());
      const html = await (await app.request(`/offices/${office}/${path}`)).text();
      const read = await importFile(new TextEncoder().encode(html), 'charter.html');
      assert.equal(read.office.name, served.office.name);
      assert.deepEqual(rows(read), rows(served));
      assert.deepEqual(read.expectations, served.expectations);
      assert.deepEqual(
        read.grievanceSteps.map((g) => [g.order, g.workingDays]),
        served.grievanceSteps.map((g) => [g.order, g.workingDays]),
      );
    });
  }
}

test('an officer the row above names too is marked for the phone, and the cell still holds the whole officer', async () => {
  for (const office of [13, 2]) {
    const served = charterSchema.omit({ findings: true }).parse(await (await app.request(`/api/offices/${office}/charter`)).json());
    const html = await (await app.request(`/offices/${office}/charter`)).text();
    const same = html.match(/<td data-label="[^"]*" class="same-officer" data-same="ওপরের সেবার একই কর্মকর্তা"><div class="person">/g) ?? [];
    // each category's table starts afresh: a repeat is a row whose officer equals the row above in the same table
    let expected = 0;
    // the third officer column is the superior when any service names one, else the alternate
    type Officer = 'responsible' | 'superior' | 'alternate';
    const extra: Officer | null = served.services.some((s) => s.superior) ? 'superior' : served.services.some((s) => s.alternate) ? 'alternate' : null;
    for (const category of ['citizen', 'institutional', 'internal'] as const) {
      const list = served.services.filter((s) => s.category === category);
      for (const key of ['responsible', ...(extra ? [extra] : [])] as Officer[]) {
        list.forEach((s, i) => {
          const above = list[i - 1]?.[key];
          if (i > 0 && s[key] && above && JSON.stringify(s[key]) === JSON.stringify(above)) expected++;
        });
      }
    }
    assert.ok(expected > 0, `office ${office} repeats an officer`);
    assert.equal(same.length, expected, `office ${office}: ${same.length} marked, ${expected} expected`);
  }
  const en = await (await app.request('/offices/13/charter?lang=en')).text();
  assert.match(en, /class="same-officer" data-same="The same officer as the service above"><div class="person" lang="bn">/);
});
