// The ways of delivering a service that charters name most, offered as a list in the editor (any other
// way is free text beside them). Stored as written; the list only saves typing and spelling variants.
export const STANDARD_CHANNELS = [
  'সরাসরি উপস্থিত হয়ে',
  'দাপ্তরিক ওয়েবসাইট',
  'অনলাইনে আবেদন',
  'ই-মেইল',
  'টেলিফোন',
  'ডাকযোগে',
  'এসএমএস',
  'ইউনিয়ন ডিজিটাল সেন্টার',
] as const;

/** A service's channels as the form shows them: the standard ones ticked, the rest as free text. */
export function splitChannels(channels: readonly string[]): { standard: string[]; other: string[] } {
  const standard = channels.filter((c) => (STANDARD_CHANNELS as readonly string[]).includes(c));
  return { standard, other: channels.filter((c) => !standard.includes(c)) };
}

/**
 * Back to one list, the order as written kept: the channels the service had and still has stay where they
 * were, then newly ticked standard ones in the list's order, then new ones as typed; no repeats.
 */
export function joinChannels(ticked: readonly string[], other: readonly string[], before: readonly string[] = []): string[] {
  const typed = other.map((o) => o.trim()).filter(Boolean);
  const wanted = new Set([...STANDARD_CHANNELS.filter((c) => ticked.includes(c)), ...typed]);
  return [...new Set([...before.filter((c) => wanted.has(c)), ...wanted])];
}
