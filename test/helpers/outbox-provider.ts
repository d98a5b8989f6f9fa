// A stand-in for a real e-mail or SMS provider that outlives the processes using it: every request is appended
// to a file (synchronously, so it is there even if the sender's process is killed the next instant), and what
// it delivers is the first request of each key, as a provider with idempotency keys does.
import { appendFileSync, readFileSync } from 'node:fs';
import type { Notification, Sender } from '../../src/modules/notifications/sender.ts';

export class FileProvider implements Sender {
  constructor(readonly path: string) {}

  async send(n: Notification): Promise<void> {
    appendFileSync(this.path, `${JSON.stringify(n)}\n`);
  }

  /** Every request, repeats included, in order. */
  requests(): Notification[] {
    let text = '';
    try {
      text = readFileSync(this.path, 'utf8');
    } catch {
      return [];
    }
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Notification);
  }

  /** What reached the recipients: each key once, the first time it was asked for. */
  delivered(): Notification[] {
    const seen = new Set<string>();
    return this.requests().filter((n) => !seen.has(n.key) && seen.add(n.key));
  }
}
