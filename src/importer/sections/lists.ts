// The short sections: vision and mission, what we expect from you, and the subordinate offices.
import { portalHost } from '../../charter/portal.ts';
import { normalizeText } from '../../bangla/normalize.ts';
import { at, issue } from '../../charter/finding.ts';
import { bnRegExp } from '../../charter/match.ts';
import type { Finding, SubordinateOffice } from '../../charter/model.ts';
import type { Line } from '../lines.ts';
import type { Section } from './section.ts';
import { readTable, type TableSpec } from '../columns/table.ts';
import { append } from '../append.ts';
import { saysNone } from '../cells/none.ts';

const unplacedLine = (section: string, line: Line): Finding[] => at({ section, line: line.no }, [issue('line.unplaced', { text: line.text }, 'list')]);

const VISION_LABEL = bnRegExp('^(ভিশন|রূপকল্প|vision|মিশন|অভিলক্ষ্য|mission)\\s*(?:\\([^)]*\\))?\\s*(?:[:ঃ\\-–]\\s*(.*))?$', 'i');

/** "ভিশন:" and "মিশন:" labels, each followed by its text (on the same line, the next lines, or a cell beside it). */
export function readVision(section: Section): { vision: string; mission: string; findings: Finding[] } {
  const parts = { vision: [] as string[], mission: [] as string[] };
  const findings: Finding[] = [];
  let current: 'vision' | 'mission' | null = null;
  for (const line of section.lines) {
    if (line.text === '') continue;
    const m = VISION_LABEL.exec(line.isRow ? (line.cells[0] ?? '') : line.text);
    const label = m?.[1];
    if (label !== undefined) {
      current = /মিশন|অভিলক্ষ্য|mission/i.test(label.normalize('NFC')) ? 'mission' : 'vision';
      const rest = line.isRow ? line.cells.slice(1).join(' ') : (m?.[2] ?? '');
      if (rest.trim() !== '') parts[current].push(rest);
    } else if (current === null) {
      append(findings, unplacedLine('1', line));
    } else {
      parts[current].push(line.text);
    }
  }
  const vision = normalizeText(parts.vision.join('\n'));
  const mission = normalizeText(parts.mission.join('\n'));
  // An empty vision or mission is the lint's finding (vision.missing, mission.missing).
  return { vision, mission, findings };
}

type ExpectationColumn = 'serial' | 'text';
const EXPECTATIONS: TableSpec<ExpectationColumn> = {
  section: '4',
  serial: 'serial',
  columns: [
    { key: 'serial', words: ['ক্রমিক', 'ক্র.', 'নং'] },
    { key: 'text', words: ['করণীয়', 'প্রত্যাশা', 'বিষয়'] },
  ],
  positions: ['serial', 'text'],
};
const LIST_MARK = bnRegExp('^(?:[০-৯0-9]{1,2}\\s*[.)।]|[-•*●▪])\\s*');

/** The numbered list of what the office expects from citizens, as a table or as plain lines. */
export function readExpectations(section: Section): { items: string[]; findings: Finding[] } {
  const table = readTable(section.lines, EXPECTATIONS);
  const fromRows = table.rows.map((r) => ({ line: r.line, text: r.cells.text ?? '' }));
  const fromLines = table.loose.map((l) => ({ line: l.no, text: l.text.replace(LIST_MARK, '') }));
  const items = [...fromRows, ...fromLines]
    .sort((a, b) => a.line - b.line)
    .map((i) => i.text)
    .filter((t) => t !== '');
  return { items, findings: table.findings };
}

type SubordinateColumn = 'serial' | 'name' | 'portal';
const SUBORDINATES: TableSpec<SubordinateColumn> = {
  section: '3',
  serial: 'serial',
  columns: [
    { key: 'serial', words: ['ক্রমিক', 'ক্র.', 'নং'] },
    { key: 'portal', words: ['বাতায়ন', 'পোর্টাল', 'ওয়েব', 'website', 'portal'] },
    { key: 'name', words: ['নাম', 'দপ্তর', 'কার্যালয়'] },
  ],
  positions: ['serial', 'name', 'portal'],
};

/** The offices under this one, with the portal of each. */
export function readSubordinates(section: Section): { offices: SubordinateOffice[]; findings: Finding[] } {
  const table = readTable(section.lines, SUBORDINATES);
  // "প্রযোজ্য নয়", "নেই", "—": an office with no subordinate offices says so; that is no line to place.
  const loose = table.loose.filter((l) => !saysNone(l.text));
  const findings = [...table.findings, ...loose.flatMap((l) => unplacedLine('3', l))];
  const offices = table.rows.flatMap((row): SubordinateOffice[] => {
    const portalCell = row.cells.portal ?? '';
    const portal = portalHost(portalCell);
    const where = { section: '3', row: row.serial, line: row.line };
    if (portalCell !== '' && portal === null) {
      append(findings, at(where, [issue('portal.invalid', { text: portalCell })]));
    }
    const name = row.cells.name ?? '';
    if (name === '') {
      findings.push(...at(where, [issue('row.unplaced', { text: portalCell }, 'office-no-name')]));
      return [];
    }
    return [{ name, portal }];
  });
  return { offices, findings };
}
