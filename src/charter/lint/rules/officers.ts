// One officer, one set of contacts: the same official's phone, e-mail or office code differing between rows,
// and a contact that belongs to another, differently named official.
//
// Why grouped as storage groups them: the same block is copied into every row, so the majority of copies
// shows the right value, and a copy one character away from it is a typing error we can fix with certainty.
import { toBengaliDigits } from '../../../bangla/digits.ts';
import type { Charter, Finding, Person } from '../../model.ts';
import { isPhone, officialLabel, officialsOf, oneEditApart, phoneDigits, type Officials } from '../officials.ts';
import { deeper } from '../places.ts';
import { report } from '../report.ts';
import { isEmail } from './emails.ts';

interface Kind {
  key: 'phones' | 'emails' | 'upazilaCode' | 'districtCode';
  /** What a copy that disagrees with the others is reported as. */
  code: 'officer.contact-mismatch' | 'officer.code-mismatch';
  en: string;
  bn: string;
  /** The usable values of a person, as written. */
  values: (p: Person) => string[];
  /** The form values are compared in. */
  norm: (v: string) => string;
}

const CONTACTS: readonly Kind[] = [
  { key: 'phones', code: 'officer.contact-mismatch', en: 'phone', bn: 'ফোন', values: (p) => p.phones.filter(isPhone), norm: phoneDigits },
  { key: 'emails', code: 'officer.contact-mismatch', en: 'e-mail', bn: 'ই-মেইল', values: (p) => p.emails.filter(isEmail), norm: (v) => v.toLowerCase() },
];
const CODES: readonly Kind[] = [
  {
    key: 'upazilaCode',
    code: 'officer.code-mismatch',
    en: 'upazila code',
    bn: 'উপজেলা কোড',
    values: (p) => (p.upazilaCode === null ? [] : [p.upazilaCode]),
    norm: (v) => v,
  },
  {
    key: 'districtCode',
    code: 'officer.code-mismatch',
    en: 'district code',
    bn: 'জেলা কোড',
    values: (p) => (p.districtCode === null ? [] : [p.districtCode]),
    norm: (v) => v,
  },
];

const shown = (kind: Kind, v: string) => (kind.key === 'upazilaCode' || kind.key === 'districtCode' ? toBengaliDigits(v) : v);

/** A contact printed for two differently named officials: the minority's copies are wrong (a tie is reported once per official). */
function sharedContacts(o: Officials, kind: Kind, foreign: Set<string>): Finding[] {
  const byValue = new Map<string, { written: string; groups: Map<number, number[]> }>();
  o.mentions.forEach((m, i) => {
    for (const written of kind.values(m.person)) {
      const v = kind.norm(written);
      const entry = byValue.get(v) ?? { written, groups: new Map<number, number[]>() };
      const g = o.groupOf[i] ?? -1;
      const list = entry.groups.get(g) ?? [];
      if (!list.includes(i)) list.push(i);
      entry.groups.set(g, list);
      byValue.set(v, entry);
    }
  });
  const findings: Finding[] = [];
  for (const [v, { written, groups }] of byValue) {
    if (groups.size < 2) continue;
    const max = Math.max(...[...groups.values()].map((ms) => ms.length));
    const owners = [...groups].filter(([, ms]) => ms.length === max).map(([g]) => g);
    const names = [...groups.keys()].map((g) => officialLabel(o.officials[g]));
    for (const [g, ms] of groups) {
      for (const i of ms) foreign.add(`${i}|${v}`);
      const mine = officialLabel(o.officials[g]);
      if (owners.length > 1) {
        const first = o.mentions[ms[0] ?? -1];
        if (first === undefined) continue;
        findings.push(
          report('officer.shared-contact', first.place, {
            kind: { en: kind.en, bn: kind.bn },
            value: written,
            names: { en: names.map((n) => n.en).join(', '), bn: names.map((n) => n.bn).join(', ') },
          }),
        );
        continue;
      }
      const [owner] = owners;
      if (owner === undefined || g === owner) continue;
      const theirs = officialLabel(o.officials[owner]);
      for (const i of ms) {
        const m = o.mentions[i];
        if (m === undefined) continue;
        findings.push(
          report(
            'officer.shared-contact',
            m.place,
            { kind: { en: kind.en, bn: kind.bn }, value: written, mine: { en: mine.en, bn: mine.bn }, theirs: { en: theirs.en, bn: theirs.bn }, count: max },
            undefined,
            'theirs',
          ),
        );
      }
    }
  }
  return findings;
}

/** The same official's copies disagree: the odd ones are reported, fixed to the majority when it is clear and one edit away. */
function mismatches(o: Officials, kind: Kind, foreign: Set<string>): Finding[] {
  const findings: Finding[] = [];
  o.officials.forEach((official) => {
    const copies = official.mentions
      .map((i) => ({ i, values: (o.mentions[i] ? kind.values(o.mentions[i].person) : []).filter((w) => !foreign.has(`${i}|${kind.norm(w)}`)) }))
      .filter((c) => c.values.length > 0);
    if (copies.length < 2) return;
    const count = new Map<string, number>();
    for (const c of copies) for (const v of new Set(c.values.map(kind.norm))) count.set(v, (count.get(v) ?? 0) + 1);
    if (count.size < 2) return;
    const ranked = [...count].sort((a, b) => b[1] - a[1]);
    const [top, topCount] = ranked[0] ?? ['', 0];
    const unique = (ranked[1]?.[1] ?? 0) < topCount;
    const ref = unique ? top : kind.norm(copies[0]?.values[0] ?? '');
    const refWritten = copies.flatMap((c) => c.values).find((w) => kind.norm(w) === ref) ?? ref;
    const clear = unique && topCount >= 2 && topCount > copies.length - topCount;
    const who = officialLabel(official);
    for (const c of copies) {
      if (c.values.some((w) => kind.norm(w) === ref)) continue;
      const m = o.mentions[c.i];
      const written = c.values[0];
      if (m === undefined || written === undefined) continue;
      const others = count.get(ref) ?? 0;
      const index = kind.key === 'phones' || kind.key === 'emails' ? m.person[kind.key].indexOf(written) : -1;
      const fixPath = index >= 0 ? deeper(m.place, kind.key, index).path : deeper(m.place, kind.key).path;
      const fix =
        clear && oneEditApart(kind.norm(written), ref)
          ? { path: fixPath, value: refWritten, label: 'as-elsewhere' as const, params: { value: { en: refWritten, bn: shown(kind, refWritten) } } }
          : undefined;
      findings.push(
        report(
          kind.code,
          m.place,
          {
            who: { en: who.en, bn: who.bn },
            kind: { en: kind.en, bn: kind.bn },
            here: { en: written, bn: shown(kind, written) },
            there: { en: refWritten, bn: shown(kind, refWritten) },
            count: others,
          },
          fix,
        ),
      );
    }
  });
  return findings;
}

export function officerContacts(charter: Charter): Finding[] {
  const o = officialsOf(charter);
  const foreign = new Set<string>();
  const shared = CONTACTS.flatMap((kind) => sharedContacts(o, kind, foreign));
  return [...shared, ...[...CONTACTS, ...CODES].flatMap((kind) => mismatches(o, kind, foreign))];
}
