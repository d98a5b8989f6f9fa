// The one form of an office's web portal: its bare host, lower case, without the scheme, "www." or a path.
// Offices are stored, matched and searched by it, so "http://www.doict.gov.bd/" and "doict.gov.bd" are one.

/** "http://www.doict.rupsha.khulna.gov.bd/about", ": doict.rupsha.khulna.gov.bd।" → "doict.rupsha.khulna.gov.bd". */
export function portalHost(text: string): string | null {
  const host = text
    .trim()
    .replace(/^[\s:ঃ\-–]+/, '')
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/[/?#].*$/, '')
    .replace(/[\s.,;।]+$/, '')
    .toLowerCase();
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : null;
}
