// Where the server and the browser tests find Debian's Chromium (never a downloaded one), and the flags it runs with.
import { existsSync } from 'node:fs';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling Google's hosts, which this network refuses.
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium, or the one CHROMIUM_PATH points at. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
}

/** The executable when it is there, else null (the PDF answers 503, the browser tests fail with the install command). */
export function findChromium(): string | null {
  const path = chromiumPath();
  return existsSync(path) ? path : null;
}
