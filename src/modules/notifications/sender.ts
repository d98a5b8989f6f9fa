// Who delivers an outbox row: an interface, so the worker neither knows nor cares which provider is behind it.
//
// For deployment, the real SMTP relay and SMS gateway are each a Sender still to be written. Such a Sender must
// pass `key` to the provider as its idempotency key (an SMS gateway's client reference, an e-mail's Message-ID
// derived from the key, or a table of keys already delivered in front of a provider that has neither): the
// worker sends a row again after a crash between sending and recording it (see worker.ts), and the key is what
// makes that second send deliver nothing. A Sender throws when the provider refuses; the worker retries later.
import type { Channel } from './outbox.service.ts';

export interface Notification {
  key: string;
  channel: Channel;
  recipient: string;
  subject: string;
  body: string;
}

export interface Sender {
  send(n: Notification): Promise<void>;
}

/**
 * The demo: nothing leaves the machine. The outbox row is the record of what was "sent" (the worker stamps its
 * sentAt, and a repeated send does not move it), and the demo page lists the rows.
 */
export class DemoSender implements Sender {
  async send(_n: Notification): Promise<void> {}
}

/** Delivery into memory, de-duplicated by key as a provider does: for tests, and to see what a run would send. */
export class MemorySender implements Sender {
  /** one entry per key, the first time it was sent */
  readonly delivered: Notification[] = [];
  /** every key the worker asked to send, repeats included */
  readonly requested: string[] = [];
  private readonly seen = new Set<string>();

  async send(n: Notification): Promise<void> {
    this.requested.push(n.key);
    if (this.seen.has(n.key)) return;
    this.seen.add(n.key);
    this.delivered.push({ ...n });
  }
}

/**
 * Notes each notification once per key on a stream (stdout) where no real sender is plugged in: the channel
 * and the key only. Logs are kept and read widely; a complainant's mobile, e-mail and words have no place there.
 */
export class LogSender implements Sender {
  private readonly seen = new Set<string>();
  constructor(private readonly out: { write(text: string): unknown } = process.stdout) {}

  async send(n: Notification): Promise<void> {
    if (this.seen.has(n.key)) return;
    this.seen.add(n.key);
    this.out.write(`--- ${n.channel} [${n.key}] not sent: no sender configured\n`);
  }
}
