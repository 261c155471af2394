import type { CharSet } from './chars';

/**
 * The matches of a global pattern in `s`. Rules call this per paragraph or sentence: `matchAll` copies
 * the pattern on every call, which cost about three times the matching itself on short texts.
 */
export function matches(re: RegExp, s: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = nextMatch(re, s); m; m = nextMatch(re, s)) found.push(m);
  re.lastIndex = 0;
  return found;
}

/** The next match of a global pattern, moving on by one past an empty match so the search always advances. */
function nextMatch(re: RegExp, s: string): RegExpExecArray | null {
  const m = re.exec(s);
  if (m?.[0] === '') re.lastIndex++;
  return m;
}

/**
 * The matches of a global pattern in `s`, found one at a time as the loop asks: a scan of a whole document
 * holds no array of them (held to the end of the scan, a long text's matches outlived the young generation
 * and made its collections grow with the text). The loop's body must not run `re` itself.
 */
export function eachMatch(re: RegExp, s: string): IterableIterator<RegExpExecArray> {
  re.lastIndex = 0;
  return new MatchIterator(re, s);
}

class MatchIterator implements IterableIterator<RegExpExecArray> {
  constructor(
    private readonly re: RegExp,
    private readonly s: string,
  ) {}

  [Symbol.iterator](): this {
    return this;
  }

  next(): IteratorResult<RegExpExecArray> {
    const m = nextMatch(this.re, this.s);
    return m ? { done: false, value: m } : this.return();
  }

  /** Leaves the pattern as `matches` does, also when the loop stops early. */
  return(): IteratorResult<RegExpExecArray> {
    this.re.lastIndex = 0;
    return { done: true, value: undefined };
  }
}

/**
 * `matches` for a pattern that needs one of `needles` and can never match a line break: tried only on
 * the lines that hold a needle, each with its line break (a look-ahead sees what it sees in the whole
 * text). Indexes are the text's.
 */
export function matchesInLines(re: RegExp, s: string, needles: readonly string[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const next = needles.map((n) => s.indexOf(n));
  for (let from = 0; ; ) {
    let at = -1;
    for (let i = 0; i < needles.length; i++) {
      if (next[i]! !== -1 && next[i]! < from) next[i] = s.indexOf(needles[i]!, from);
      if (next[i]! !== -1 && (at === -1 || next[i]! < at)) at = next[i]!;
    }
    if (at === -1) return found;
    const start = s.lastIndexOf('\n', at) + 1;
    const newline = s.indexOf('\n', at);
    from = newline === -1 ? s.length : newline + 1;
    for (const m of matches(re, s.slice(start, from))) {
      m.index += start;
      found.push(m);
    }
  }
}

/**
 * The matches of a sticky pattern at the start of `s` and right after each member of `after`: what a global pattern
 * opening with the look-behind `(?<=^|[…])` finds, tried at those positions only instead of at every one.
 */
export function matchesAfter(re: RegExp, s: string, after: CharSet): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (let at = 0; ; ) {
    re.lastIndex = at;
    const m = re.exec(s);
    if (m) found.push(m);
    // As a global scan goes on: from the end of a match, else from the next position.
    const mark = after.indexIn(s, m ? Math.max(at, m.index + m[0].length - 1) : at);
    if (mark === -1) break;
    at = mark + 1;
  }
  re.lastIndex = 0;
  return found;
}

/**
 * The matches of a global pattern that do not follow one of the characters in `notAfter`: what a leading
 * negative look-behind finds (a rejected match is tried again one character on), but tested on each
 * match instead of at every position of the text.
 */
export function matchesNotAfter(re: RegExp, s: string, notAfter: ReadonlySet<string>): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m.index > 0 && notAfter.has(s[m.index - 1]!)) re.lastIndex = m.index + 1;
    else found.push(m);
  }
  re.lastIndex = 0;
  return found;
}
