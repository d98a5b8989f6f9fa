// A table whose columns are runs of spaces (text laid out from a PDF or a crawled page): when a line's space-
// separated parts are a services header, it and the rows under it become tab-separated, each part placed under
// the header column it starts below, so a vanished empty cell does not shift the rest.
import { isServiceHeader } from '../columns/service-table.ts';

/** Two or more spaces part two cells; one space is inside a cell. */
const GAP = /\S+(?: \S+)*/g;

interface Part {
  start: number;
  text: string;
}

function partsOf(line: string): Part[] {
  return [...line.matchAll(GAP)].map((m) => ({ start: m.index, text: m[0] }));
}

/** The parts of a row under the header's columns: each part goes to the last column starting at or before it. */
function place(parts: readonly Part[], starts: readonly number[]): string[] {
  const cells = starts.map(() => '');
  if (parts.length === starts.length) return parts.map((p) => p.text);
  for (const p of parts) {
    let col = 0;
    for (let k = 0; k < starts.length; k++) if ((starts[k] ?? 0) <= p.start + 2) col = k;
    cells[col] = cells[col] === '' ? p.text : `${cells[col]} ${p.text}`;
  }
  return cells;
}

/** The lines with every space-laid table turned into tab-separated rows; other lines unchanged. */
export function spacedTables(lines: readonly string[]): string[] {
  if (!lines.some((l) => / {2,}\S/.test(l.trim()))) return [...lines];
  const out = [...lines];
  let starts: number[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\s+$/, '');
    if (line.includes('\t')) {
      starts = null;
      continue;
    }
    const parts = partsOf(line);
    if (parts.length >= 3 && isServiceHeader(parts.map((p) => p.text))) {
      starts = parts.map((p) => p.start);
      out[i] = parts.map((p) => p.text).join('\t');
      continue;
    }
    if (starts === null || parts.length === 0) continue;
    // A line of one part under a table is a wrapped cell or the end: left as a line for the reader to place.
    if (parts.length >= 2) out[i] = place(parts, starts).join('\t');
  }
  return out;
}
