// Finds the Bijoy runs of a text that mixes Unicode Bengali, Bijoy and English.
//
// Each word gets a score: above zero it reads as Bijoy, below as English. Evidence for Bijoy: glyphs
// English never uses (‡ © Ö ¨ ¯ ` ...), vowel signs in their Bijoy places, frequent Bijoy words. Evidence
// for English: the English and acronym lists, and spellings no Bengali word has once read as Bijoy
// (the assembler's anomalies). Words with little evidence either way take the kind of their strong
// neighbours on the same line, then of the document. URLs, e-mail addresses, domain names, \u escapes
// and HTML tags are never Bijoy.
import { assemble } from './bijoy-assemble.ts';
import { bijoyPieces, NON_ASCII_GLYPHS } from './bijoy-glyphs.ts';
import { isBulletGlyph } from './bijoy-lists.ts';
import { ACRONYMS, AMBIGUOUS, BIJOY_WORDS, ENGLISH_WORDS } from './bijoy-english.ts';

export type RunKind = 'unicode' | 'bijoy' | 'latin';
export interface Run {
  kind: RunKind;
  text: string;
}

type TokenType = 'newline' | 'blank' | 'protected' | 'word';
interface Token {
  type: TokenType;
  text: string;
  /** Words only: > 0 Bijoy, < 0 English; unicode words and numbers are decided apart. */
  score: number;
  kind?: RunKind;
  number?: boolean;
  /** Marks or rules alone ("……", "|---|"): kept as written, whatever surrounds them. */
  drawing?: boolean;
}

const TOKEN = new RegExp(
  [
    String.raw`(?<protected>(?:https?:\/\/|www\.)[^\s<>"'“”]+[^\s<>"'“”.,;:!?)]` +
      String.raw`|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+` +
      String.raw`|(?:[A-Za-z0-9-]+\.)+(?:gov|com|org|net|edu|info|bd)(?:\.bd)?(?![A-Za-z0-9])` +
      String.raw`|(?:\\u[0-9a-fA-F]{4})+|<\/?[A-Za-z][^<>\n]*>)`,
    String.raw`(?<newline>\r?\n)`,
    String.raw`(?<blank>[\s<>="(){}\[\],;!?:/]+?)`,
    String.raw`(?<word>[^\s<>="(){}\[\],;!?:/]+)`,
  ].join('|'),
  'gu',
);

const BENGALI = /[\u0980-\u09FF]/;
const NUMBER = /^[0-9]+(?:[.,:/\-+][0-9]+)*[.\-/]?$/;
const EDGE_START = /^[“‘"'([.,-]+/;
const EDGE_END = /[”’"'.,:;)\]-]+$/;
/** Glyphs that English and Unicode text also use (quotes, dashes, ©): evidence only inside a word. */
const SHARED_MARKS = new Set([...'“”‘’–—…•©®°±×÷½¼¾«»']);
const ASCII_MARKS = /[`_^~|]/;
const BIJOY_ORDINAL = /^[0-9]+(?:g|q|k|_©|Zg|‡k|kZ)$/;
const ENGLISH_ORDINAL = /^[0-9]+(?:st|nd|rd|th|am|pm)$/i;
const APOSTROPHE_S = /['’](?:s|t|d|ll|re|ve|m)$/;

function isLexicon(word: string): boolean {
  if (ACRONYMS.has(word)) return true;
  const lower = word.toLowerCase();
  const cased = word === lower || word === word.toUpperCase() || word === lower.charAt(0).toUpperCase() + lower.slice(1);
  return cased && ENGLISH_WORDS.has(lower);
}

function hasMark(core: string): boolean {
  if (ASCII_MARKS.test(core)) return true;
  for (const ch of core) if (NON_ASCII_GLYPHS.has(ch) && !SHARED_MARKS.has(ch)) return true;
  const inner = core.replace(APOSTROPHE_S, '');
  for (const ch of inner) if (SHARED_MARKS.has(ch)) return true;
  return false;
}

/** Readings that no Bengali word has: ৎ before a vowel sign or most letters, ঃ inside a word, ... */
function oddReadings(unicode: string): number {
  let n = 0;
  if (/ৎ[^কখপফসশষবমলহ]/.test(unicode)) n++;
  if (/ঃ[^কখপফসশষ]/.test(unicode)) n++;
  if (/.[ঈঊঋঐঔঅ]/.test(unicode)) n++;
  return n;
}

/** Lower-case letters, an optional capital first, and enough vowels: how English words look. */
function englishShape(word: string): boolean {
  const letters = word.replace(/[^A-Za-z]/g, '');
  const vowels = (letters.slice(1).match(/[aeiou]/g) ?? []).length + (/^[AEIOUaeiou]/.test(letters) ? 1 : 0);
  return /^[A-Z]?[a-z]+$/.test(word) && word.length >= 3 && vowels / letters.length >= 0.34;
}

/** café, naïve: one accented letter in a word that is English without it (the accented letters are Bijoy glyphs too). */
function accentedEnglish(core: string): boolean {
  const plain = core.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (plain === core || (core.match(/[À-ÿ]/g) ?? []).length !== 1) return false;
  return isLexicon(plain) || (plain.length >= 4 && englishShape(plain) && letterScore(plain) < 0);
}

function letterScore(core: string): number {
  const { text, anomalies } = assemble(bijoyPieces(core));
  const odd = anomalies + oddReadings(text);
  let score = -3 * Math.min(odd, 2);
  if (odd === 0) {
    const kars = bijoyPieces(core).filter((p) => p.kind === 'kar' || p.kind === 'prekar').length;
    score += Math.min(kars, 2);
    if (/^.+[B-DF-HJ-NP-TV-Z]/.test(core) && !/^[A-Z]+$/.test(core)) score += 1;
  }
  if (englishShape(core)) score -= 1;
  if (/^[A-Z]{2,8}$/.test(core)) score -= 2;
  return score;
}

/**
 * Marks alone ("……" of an unfilled placeholder, "—", "•", a closing quote after a hyphen "-”"), the rules of a text table ("|---|---|",
 * "+===+") and the bullets of symbol fonts ("Ø", "§": see bijoy-lists.ts) are no Bijoy: a Bijoy vowel sign,
 * hasanta or phala cannot stand as a word of its own.
 */
function isDrawing(word: string): boolean {
  return [...word].every((ch) => SHARED_MARKS.has(ch) || ch === '.' || ch === '-') || /^[|\-:=+_~*#]{3,}$/.test(word) || isBulletGlyph(word);
}

/** The score of one word with no Bengali letters in it; a hyphenated word adds up its parts. */
export function scoreWord(word: string): number {
  const core = word.replace(EDGE_START, '').replace(EDGE_END, '') || word;
  if (core.includes('-'))
    return core
      .split('-')
      .filter((p) => /[^0-9]/.test(p))
      .reduce((sum, p) => sum + scoreWord(p), 0);
  if (AMBIGUOUS.has(core.toLowerCase())) return BIJOY_WORDS.has(core) ? 1 : 0;
  if (BIJOY_WORDS.has(core) || BIJOY_ORDINAL.test(core)) return 4;
  if (ENGLISH_ORDINAL.test(core) || accentedEnglish(core)) return -4;
  const mark = hasMark(core);
  const base = core.replace(APOSTROPHE_S, '');
  if (!mark && isLexicon(base)) return -5;
  return (mark ? 4 : 0) + (/[A-Za-z]/.test(core) ? letterScore(base) : 0);
}

/** A Bengali number with a Bijoy word glued to it ("২wU" = ২টি): the number is Unicode, the rest is a word of its own. */
const GLUED_TO_NUMBER = /^([০-৯]+)([^\u0980-\u09FF]*[A-Za-z][^\u0980-\u09FF]*)$/;

function wordToken(text: string): Token {
  const token: Token = { type: 'word', text, score: 0 };
  if (BENGALI.test(text)) token.kind = 'unicode';
  else if (NUMBER.test(text) || text === '|') token.number = true;
  else if (isDrawing(text)) token.drawing = true;
  else token.score = scoreWord(text);
  return token;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const g = m.groups ?? {};
    const type: TokenType = g.protected ? 'protected' : g.newline ? 'newline' : g.blank ? 'blank' : 'word';
    const last = tokens[tokens.length - 1];
    if (type === 'blank' && last?.type === 'blank') {
      last.text += m[0];
      continue;
    }
    const glued = type === 'word' ? GLUED_TO_NUMBER.exec(m[0]) : null;
    if (glued?.[1] !== undefined && glued[2] !== undefined) tokens.push(wordToken(glued[1]), wordToken(glued[2]));
    else tokens.push(type === 'word' ? wordToken(m[0]) : { type, text: m[0], score: 0 });
  }
  return tokens;
}

const STRONG = 2;

function strongKind(t: Token): RunKind | undefined {
  if (t.type !== 'word') return undefined;
  if (t.kind === 'unicode') return 'unicode';
  if (t.number) return undefined;
  if (t.score >= STRONG) return 'bijoy';
  if (t.score <= -STRONG) return 'latin';
  return undefined;
}

/** ASCII next to Unicode Bengali is English (or digits) typed in a Unicode document: kept (but see weakBijoyBesideUnicode). */
const asAscii = (kind: RunKind | undefined): RunKind | undefined => (kind === 'unicode' ? 'latin' : kind);

interface Context {
  /** The kind of the nearest strong word before / after each token on the same line. */
  left: (RunKind | undefined)[];
  right: (RunKind | undefined)[];
  /** Whether only blanks follow the token on its line. */
  lineEnd: boolean[];
  prior: RunKind;
}

/** One pass each way, so that long lines cost linear time. */
function context(tokens: Token[]): Context {
  const n = tokens.length;
  const left = new Array<RunKind | undefined>(n);
  const right = new Array<RunKind | undefined>(n);
  const lineEnd = new Array<boolean>(n).fill(false);
  let kind: RunKind | undefined;
  const counts = { bijoy: 0, latin: 0 };
  tokens.forEach((t, i) => {
    left[i] = kind;
    const k = strongKind(t);
    if (t.type === 'newline') kind = undefined;
    else if (k) kind = asAscii(k);
    if (k === 'bijoy') counts.bijoy++;
    else if (k === 'latin') counts.latin++;
  });
  kind = undefined;
  let end = true;
  for (let i = n - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t) continue;
    right[i] = kind;
    lineEnd[i] = end;
    const k = strongKind(t);
    if (t.type === 'newline') [kind, end] = [undefined, true];
    else if (t.type !== 'blank') end = false;
    if (t.type !== 'newline' && k) kind = asAscii(k);
  }
  return { left, right, lineEnd, prior: counts.bijoy > counts.latin ? 'bijoy' : 'latin' };
}

/**
 * Words with little evidence that stand right beside Unicode Bengali, all with some evidence for Bijoy, are
 * Bijoy words typed into a Unicode line ("আবেদনপত্র I ছবি", "Rgv দিতে", "২ wU", "কাগজপত্র: Qwe"), however few
 * and short. The run of weak words between strong ones is judged whole: one word that looks English (score
 * at or below zero) or an English word or URL at its other end, and the run is left to the rules below, so
 * that English next to Bengali ("`amount` when one amount is due (“৫০/-”)") stays English.
 */
function weakBijoyBesideUnicode(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  let before: RunKind | undefined;
  const close = (after: RunKind | undefined) => {
    // letters, not marks alone: "-”" after a number in quotes is punctuation, whatever the glyph table says
    const weakBijoy = run.length > 0 && run.every((i) => (tokens[i]?.score ?? 0) > 0 && /[A-Za-z]/.test(tokens[i]?.text ?? ''));
    if (weakBijoy && (before === 'unicode' || after === 'unicode') && before !== 'latin' && after !== 'latin') run.forEach((i) => out.add(i));
    run = [];
  };
  tokens.forEach((t, i) => {
    if (t.type === 'blank') return;
    const strong = t.type === 'protected' ? 'latin' : strongKind(t);
    // a newline, a number or a drawing ends a run without telling its kind
    const boundary = t.type === 'newline' || t.number === true || t.drawing === true;
    if (strong !== undefined || boundary) {
      close(strong);
      before = strong;
    } else run.push(i);
  });
  close(undefined);
  return out;
}

function decide(t: Token, i: number, c: Context): RunKind {
  if (t.drawing) return 'latin';
  const left = c.left[i];
  const right = c.right[i];
  // a lone | ending a Bijoy line is its danda; elsewhere it is a cell separator
  if (t.text === '|') return left === 'bijoy' && c.lineEnd[i] ? 'bijoy' : 'latin';
  if (left && left === right) return left;
  if (left && right) return t.score > 0 ? 'bijoy' : t.score < 0 ? 'latin' : t.number ? left : c.prior;
  const side = left ?? right;
  if (side) return side;
  return t.score > 0 ? 'bijoy' : t.score < 0 || t.number ? 'latin' : c.prior;
}

/** Gives every word token its final kind: strong words keep theirs, the rest follow their context. */
function resolveKinds(tokens: Token[]): void {
  const c = context(tokens);
  const besideUnicode = weakBijoyBesideUnicode(tokens);
  tokens.forEach((t, i) => {
    if (t.type === 'word') t.kind = strongKind(t) ?? (besideUnicode.has(i) ? 'bijoy' : decide(t, i, c));
  });
}

/** Splits a text into runs of Unicode Bengali, Bijoy and Latin (English, numbers kept as they are, URLs). */
export function detectRuns(text: string): Run[] {
  const tokens = tokenize(text);
  resolveKinds(tokens);
  const runs: Run[] = [];
  let pending = '';
  for (const t of tokens) {
    if (t.type === 'blank' || t.type === 'newline') {
      pending += t.text;
      continue;
    }
    const kind: RunKind = t.type === 'protected' ? 'latin' : (t.kind ?? 'latin');
    const last = runs[runs.length - 1];
    if (last && last.kind === kind) last.text += pending + t.text;
    else if (last) {
      last.text += pending;
      runs.push({ kind, text: t.text });
    } else runs.push({ kind, text: pending + t.text });
    pending = '';
  }
  const last = runs[runs.length - 1];
  if (last) last.text += pending;
  else if (pending) runs.push({ kind: 'latin', text: pending });
  return runs;
}
