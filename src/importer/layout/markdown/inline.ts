// Inline markdown markup (emphasis, links, tags, entities, escapes) taken off a line, by the CommonMark delimiter rules.

const ASCII_PUNCT = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
/** Tags whose markup goes and whose text stays; a break (<br>) inside a cell or a line is a space. */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'big',
  'center',
  'code',
  'del',
  'div',
  'em',
  'font',
  'i',
  'img',
  'ins',
  'kbd',
  'mark',
  'nobr',
  'p',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'u',
]);
const BREAK_TAGS = new Set(['br', 'hr']);
const ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
};
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?\/?>/y;
const AUTOLINK = /<((?:https?|ftp):\/\/[^\s<>]*|mailto:[^\s<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>/y;
const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/y;
const PUNCT = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;

export const isSpace = (c: string | undefined): boolean => c === undefined || SPACE.test(c);
const isPunct = (c: string | undefined): boolean => c !== undefined && PUNCT.test(c);

function entity(body: string): string | null {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
  }
  return ENTITIES[body.toLowerCase()] ?? null;
}

/** For each position, the first position at or after it holding `ch` as markup (not escaped); n when none. */
function nextOf(s: string, ch: string, literal: Uint8Array): Int32Array {
  const next = new Int32Array(s.length + 1).fill(s.length);
  for (let i = s.length - 1; i >= 0; i--) next[i] = s[i] === ch && literal[i] === 0 ? i : (next[i + 1] ?? s.length);
  return next;
}

interface Delimiter {
  ch: string;
  start: number;
  len: number;
}

/**
 * A line or a cell without its inline markup, in one pass each for escapes, code, tags, links and emphasis
 * (CommonMark's flanking rules, simplified), so that the time stays linear in the length of the text.
 */
export function cleanInline(s: string): string {
  const n = s.length;
  if (n === 0) return '';
  const drop = new Uint8Array(n);
  const literal = new Uint8Array(n);
  const put = new Map<number, string>();
  // Escapes: "\-", "\*", "\|" are the characters themselves.
  for (let i = 0; i + 1 < n; i++) {
    if (s[i] === '\\' && ASCII_PUNCT.has(s[i + 1] ?? '')) {
      drop[i] = 1;
      literal[i + 1] = 1;
      i++;
    }
  }
  // Code spans: the backticks go, what they hold is kept as written.
  let tick = -1;
  let tickLen = 0;
  for (let i = 0; i < n; i++) {
    if (s[i] !== '`' || literal[i] === 1) continue;
    let j = i;
    while (j < n && s[j] === '`') j++;
    const len = j - i;
    if (tick < 0) {
      tick = i;
      tickLen = len;
    } else if (len === tickLen) {
      for (let k = tick; k < tick + tickLen; k++) drop[k] = 1;
      for (let k = i; k < j; k++) drop[k] = 1;
      for (let k = tick + tickLen; k < i; k++) literal[k] = 1;
      tick = -1;
    }
    i = j - 1;
  }
  // Comments, tags, autolinks and entities. The last "-->" is found once: a line of unclosed "<!--" would
  // otherwise search to its end at each one (quadratic).
  const lastClose = s.lastIndexOf('-->');
  for (let i = 0; i < n; i++) {
    const c = s[i];
    if (literal[i] === 1 || drop[i] === 1) continue;
    if (c === '<') {
      if (s.startsWith('<!--', i)) {
        const end = i + 4 <= lastClose ? s.indexOf('-->', i + 4) : -1;
        if (end >= 0) {
          drop.fill(1, i, end + 3);
          i = end + 2;
        }
        continue;
      }
      AUTOLINK.lastIndex = i;
      const auto = AUTOLINK.exec(s);
      if (auto !== null) {
        drop[i] = 1;
        drop[i + auto[0].length - 1] = 1;
        i += auto[0].length - 1;
        continue;
      }
      TAG.lastIndex = i;
      const tag = TAG.exec(s);
      const name = tag?.[1]?.toLowerCase();
      if (tag !== null && name !== undefined && (INLINE_TAGS.has(name) || BREAK_TAGS.has(name))) {
        drop.fill(1, i, i + tag[0].length);
        if (BREAK_TAGS.has(name)) put.set(i, ' ');
        i += tag[0].length - 1;
      }
    } else if (c === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(s);
      const text = m?.[1] === undefined ? null : entity(m[1]);
      if (m !== null && text !== null) {
        drop.fill(1, i, i + m[0].length);
        put.set(i, text);
        i += m[0].length - 1;
      }
    }
  }
  // Links keep their text ("[text](url)" → text; "[](url)" → url); images are markup.
  const close = nextOf(s, ']', literal);
  const open = nextOf(s, '[', literal);
  const paren = nextOf(s, ')', literal);
  for (let i = 0; i < n; i++) {
    if (s[i] !== '[' || literal[i] === 1 || drop[i] === 1) continue;
    const end = close[i + 1] ?? n;
    if (end >= n || (open[i + 1] ?? n) < end) continue;
    const image = i > 0 && s[i - 1] === '!' && literal[i - 1] === 0;
    if (s[end + 1] === '(') {
      const last = paren[end + 2] ?? n;
      if (last >= n) continue;
      const text = s.slice(i + 1, end).trim();
      if (image) drop.fill(1, i - 1, last + 1);
      else if (text === '') {
        drop.fill(1, i, end + 2);
        drop[last] = 1;
      } else {
        drop[i] = 1;
        drop.fill(1, end, last + 1);
      }
      i = last;
    } else if (s[end + 1] === '[' && !image && s.slice(i + 1, end).trim() !== '') {
      // "[text][ref]": the reference is markup.
      const refEnd = close[end + 2] ?? n;
      if (refEnd >= n || (open[end + 2] ?? n) < refEnd || refEnd - end > 40) continue;
      drop[i] = 1;
      drop.fill(1, end, refEnd + 1);
      i = refEnd;
    }
  }
  // Emphasis: a run of * or _ (or ~~) that opens before text and closes after it, matched per character.
  const stacks = new Map<string, Delimiter[]>();
  for (let i = 0; i < n; i++) {
    const c = s[i];
    if ((c !== '*' && c !== '_' && c !== '~') || literal[i] === 1 || drop[i] === 1) continue;
    let j = i;
    while (j < n && s[j] === c && literal[j] === 0 && drop[j] === 0) j++;
    const run: Delimiter = { ch: c, start: i, len: j - i };
    i = j - 1;
    if (c === '~' && run.len !== 2) continue;
    const before = run.start > 0 ? s[run.start - 1] : undefined;
    const after = s[j];
    const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
    const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
    // An underscore inside a word (an e-mail address, a file name) is not emphasis.
    const canOpen = c === '_' ? left && (!right || isPunct(before)) : left;
    const canClose = c === '_' ? right && (!left || isPunct(after)) : right;
    let stack = stacks.get(c);
    if (stack === undefined) {
      stack = [];
      stacks.set(c, stack);
    }
    if (canClose) {
      while (run.len > 0) {
        const opener = stack[stack.length - 1];
        if (opener === undefined) break;
        const m = Math.min(opener.len, run.len);
        drop.fill(1, opener.start + opener.len - m, opener.start + opener.len);
        drop.fill(1, run.start, run.start + m);
        opener.len -= m;
        run.start += m;
        run.len -= m;
        if (opener.len === 0) stack.pop();
      }
    }
    if (run.len > 0 && canOpen) stack.push(run);
  }
  let out = '';
  for (let i = 0; i < n; i++) {
    const rep = put.get(i);
    if (rep !== undefined) out += rep;
    else if (drop[i] === 0) out += s[i];
  }
  return out;
}

/** A value for one cell: no markup, no tab (it would split the cell), spaces collapsed. */
export function cellText(s: string): string {
  return cleanInline(s)
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
}
