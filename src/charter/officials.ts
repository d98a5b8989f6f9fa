// Groups the officer blocks a charter repeats in every row into the officials they stand for.
//
// Why: documents copy an officer's text into each row, with typing errors that differ row to row, and
// some rows give only a designation or only an e-mail. A charter should point at one post per official.
// Mentions are joined by name first, then by phone, e-mail and designation with office code, but never
// so that two different names end up as one official.
import { normalizeLine } from '../bangla/normalize.ts';
import type { Finding, FindingLocation, Person } from './model.ts';
import { issue, sameSaying } from './finding.ts';

export interface Mention {
  person: Person;
  location: FindingLocation;
}

export interface Official {
  name: string | null;
  designation: string | null;
  room: string | null;
  districtCode: string | null;
  upazilaCode: string | null;
  phones: string[];
  emails: string[];
  websites: string[];
  /** indexes into the mentions given */
  mentions: number[];
}

const HONORIFICS = /^(জনাব|জনাবা|বেগম|ড\.|ডঃ|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+/i;

export function nameKey(name: string | null): string | null {
  if (!name) return null;
  let s = normalizeLine(name);
  while (HONORIFICS.test(s)) s = s.replace(HONORIFICS, '');
  s = s
    .replace(/মোঃ|মো:|মোহাম্মদ|md\.?/gi, '')
    .replace(/[\s.,:ঃ]+/g, '')
    .toLowerCase();
  return s || null;
}

class Groups {
  private parent: number[];
  private names: (string | null)[];
  constructor(names: (string | null)[]) {
    this.parent = names.map((_, i) => i);
    this.names = [...names];
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    return root;
  }
  /** Joins two groups unless each already has a different name. */
  join(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const na = this.names[ra] ?? null;
    const nb = this.names[rb] ?? null;
    if (na && nb && na !== nb) return;
    this.parent[rb] = ra;
    this.names[ra] = na ?? nb;
  }
}

function joinBy(groups: Groups, mentions: Mention[], keys: (p: Person) => string[]): void {
  const first = new Map<string, number>();
  mentions.forEach((m, i) => {
    for (const key of keys(m.person)) {
      const seen = first.get(key);
      if (seen === undefined) first.set(key, i);
      else groups.join(seen, i);
    }
  });
}

function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount) [best, bestCount] = [v, c];
  return best;
}

export function groupOfficials(mentions: Mention[]): { officials: Official[]; findings: Finding[] } {
  const groups = new Groups(mentions.map((m) => nameKey(m.person.name)));
  joinBy(groups, mentions, (p) => (nameKey(p.name) ? [`n:${nameKey(p.name)}`] : []));
  joinBy(groups, mentions, (p) => p.phones.map((x) => `p:${x}`));
  joinBy(groups, mentions, (p) => p.emails.map((x) => `e:${x.toLowerCase()}`));
  joinBy(groups, mentions, (p) => (p.designation ? [`d:${normalizeLine(p.designation)}|${p.upazilaCode ?? ''}|${p.districtCode ?? ''}`] : []));
  const byRoot = new Map<number, number[]>();
  mentions.forEach((_, i) => {
    const r = groups.find(i);
    byRoot.set(r, [...(byRoot.get(r) ?? []), i]);
  });
  const members = [...byRoot.values()];
  const persons = (idx: number[]) => idx.map((i) => mentions[i]?.person).filter((p): p is Person => !!p);
  const findings: Finding[] = [];
  const owner = (kind: 'phones' | 'emails') => {
    const counts = new Map<string, Map<number, number>>();
    members.forEach((idx, g) => {
      for (const p of persons(idx))
        for (const v of p[kind]) {
          const m = counts.get(v) ?? new Map<number, number>();
          m.set(g, (m.get(g) ?? 0) + 1);
          counts.set(v, m);
        }
    });
    return counts;
  };
  const phoneOwners = owner('phones');
  const emailOwners = owner('emails');
  const keep = (owners: Map<string, Map<number, number>>, g: number, values: string[], kind: { en: string; bn: string }) => {
    const kept: string[] = [];
    for (const v of new Set(values)) {
      const by = owners.get(v);
      const mine = by?.get(g) ?? 0;
      const max = Math.max(...(by ? [...by.values()] : [0]));
      if (mine === max) kept.push(v);
      if (by && by.size > 1 && mine === max) {
        const [first, ...also] = [...by.keys()].flatMap((k) => members[k] ?? []).flatMap((i) => (mentions[i] === undefined ? [] : [mentions[i].location]));
        if (first !== undefined)
          findings.push({ ...issue('officer.shared-contact', { kind, value: v }, 'stored'), location: first, ...(also.length > 0 ? { also } : {}) });
      }
    }
    return kept;
  };
  const officials = members.map((idx, g): Official => {
    const ps = persons(idx);
    return {
      name: mostCommon(ps.map((p) => p.name)),
      designation: mostCommon(ps.map((p) => p.designation)),
      room: mostCommon(ps.map((p) => p.room)),
      districtCode: mostCommon(ps.map((p) => p.districtCode)),
      upazilaCode: mostCommon(ps.map((p) => p.upazilaCode)),
      phones: keep(
        phoneOwners,
        g,
        ps.flatMap((p) => p.phones),
        { en: 'Phone', bn: 'ফোন' },
      ),
      emails: keep(
        emailOwners,
        g,
        ps.flatMap((p) => p.emails),
        { en: 'E-mail', bn: 'ই-মেইল' },
      ),
      websites: [...new Set(ps.flatMap((p) => p.websites))],
      mentions: idx,
    };
  });
  return { officials, findings: dedupe(findings) };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = sameSaying(f);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
