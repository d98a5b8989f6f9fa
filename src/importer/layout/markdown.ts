// Markdown from PDF converters (front matter, # headings, a heading and **field:** bullets per service, bullets for the grievance steps, pipe tables) as the lines the importer reads.
//
// The rest of the importer reads tab-separated tables under plain section titles. AI converters write a charter
// as markdown instead: each service a heading with `* **field:** value` bullets, the grievance chain as bullets,
// markup everywhere. This turns a run of service blocks into one tab-separated service table (standard titles,
// one row a service), the grievance bullets into the grievance table, pipe tables into tab rows, and every
// other line into its text without markup. Line numbers are those of the input; a table's header row takes the
// number of its first row. Nothing but markup is dropped: a line that fits nowhere stays a line, and the
// importer reports it where it lands.
//
// The stages live in markdown/: inline (markup off a line), lines (each line sorted), meaning (what a title or a
// label names), services (service blocks to a table), grievance (steps to a table), reader (the walk).
import type { Finding } from '../../charter/model.ts';
import type { RawLine } from '../lines.ts';
import { classify, frontMatter, isDelimiterRow, isRule } from './markdown/lines.ts';
import { titleKind } from './markdown/meaning.ts';
import { fieldRows, Reader } from './markdown/reader.ts';

// ---- Evidence ----

const ATX = /^ {0,3}#{1,6}[ \t]+\S/;
const BOLD_LABEL = /^\s*(?:[-*+]\s+|[0-9]{1,3}[.)]\s+|[০-৯]{1,3}[.)।]\s+)?(?:\*\*|__)[^*_\n]{1,80}(?:\*\*|__)/;
const LINK = /\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)/;
const ESCAPE = /\\[-*_|#`[\]]/;
const BR = /<br\s*\/?>/i;

/** Whether a text is markdown (front matter, # headings, **bold** field bullets, |---| rules): evidence, not one sign. */
export function isMarkdown(text: string): boolean {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const front = frontMatter(lines);
  const signs = { front: front === null ? 0 : 3, headings: 0, bold: 0, links: 0, rules: 0, escapes: 0, breaks: 0 };
  let pipes = 0;
  // The front matter's own "---" lines are no rules.
  for (const line of front === null ? lines : lines.slice(front.end + 1)) {
    const t = line.trim();
    if (t === '') continue;
    if (ATX.test(line)) signs.headings++;
    if (BOLD_LABEL.test(line)) signs.bold++;
    if (LINK.test(line)) signs.links++;
    if (isRule(t)) signs.rules++;
    if (ESCAPE.test(line)) signs.escapes++;
    if (BR.test(line)) signs.breaks++;
    if (isDelimiterRow(t)) pipes++;
  }
  const score =
    signs.front +
    Math.min(signs.headings, 3) +
    Math.min(signs.bold, 3) +
    Math.min(signs.links, 2) +
    Math.min(signs.rules, 1) +
    Math.min(signs.escapes, 1) +
    Math.min(signs.breaks, 1);
  const kinds = Object.values(signs).filter((v) => v > 0).length;
  // A pipe table alone is a table shapes.ts reads; beside other signs it is markdown's too.
  return kinds >= 1 && score + (pipes > 0 ? 1 : 0) >= 3 && kinds + (pipes > 0 ? 1 : 0) >= 2;
}

/** The markdown as the plain lines the importer reads, line numbers those of the input. */
export function fromMarkdown(text: string): { lines: RawLine[]; findings: Finding[] } {
  // NFC once, as the rest of the importer compares: a য় typed as one code point is য + nukta after it.
  const lines = text.normalize('NFC').replace(/\r\n?/g, '\n').split('\n');
  const front = frontMatter(lines);
  const md = classify(lines, front === null ? 0 : front.end + 1);
  fieldRows(md);
  const out = new Reader(md).read();
  // The front matter's title ("সিটিজেন চার্টার") is the letterhead's title when the document has none of its own.
  if (front?.title) {
    const firstTitle = out.findIndex((l) => titleKind(l.text) !== null);
    const head = firstTitle < 0 ? out : out.slice(0, firstTitle);
    if (!head.some((l) => /চার্টার|প্রতিশ্রুতি|charter/i.test(l.text))) out.unshift({ no: front.titleLine, text: front.title });
  }
  return { lines: out, findings: [] };
}
