// The process that crashes: opens a file-backed PGlite folder, writes notifications in one transaction, and
// drains them through a FileProvider, killing itself (SIGKILL: no exit handlers, no clean close) in the middle
// of the batch, right after the provider accepted one row and before the worker could stamp it sent.
// Usage: node --import tsx test/helpers/outbox-crash-child.ts <dataDir> <providerFile> <now ISO> <crash after n sends>
import { openPglite } from '../../src/db/client.ts';
import { notify } from '../../src/modules/notifications/outbox.service.ts';
import type { Notification, Sender } from '../../src/modules/notifications/sender.ts';
import { drainOnce } from '../../src/modules/notifications/worker.ts';
import { inTransaction, type Ctx } from '../../src/modules/shared/context.ts';
import { FileProvider } from './outbox-provider.ts';

const [dataDir, providerFile, nowText, crashAfterText] = process.argv.slice(2);
if (!dataDir || !providerFile || !nowText || !crashAfterText) throw new Error('usage: outbox-crash-child <dataDir> <providerFile> <now> <n>');
const now = new Date(nowText);
const crashAfter = Number(crashAfterText);

const database = await openPglite(dataDir);
const ctx: Ctx = { db: database.db, actor: { kind: 'system', name: 'outbox-crash-child' }, now };
await inTransaction(ctx, async (tx) => {
  for (const id of [1, 2, 3]) {
    await notify(tx, {
      key: `edition:${id}:published`,
      to: { email: `head${id}@example.gov.bd`, phone: `+88017174477${id}0` },
      message: { subject: { key: 'app.name' }, body: { key: 'cli.published', params: { id } } },
    });
  }
});

const provider = new FileProvider(providerFile);
let sends = 0;
const crashing: Sender = {
  async send(n: Notification) {
    await provider.send(n);
    if (++sends === crashAfter) process.kill(process.pid, 'SIGKILL');
  },
};
await drainOnce(database.db, crashing, now);
// Reaching here means the crash did not happen: the test sees a clean exit and fails.
await database.close();
