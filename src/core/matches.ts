/**
 * The matches of a global pattern in `s`. Rules call this per paragraph or sentence: `matchAll` copies
 * the pattern on every call, which cost about three times the matching itself on short texts.
 */
export function matches(re: RegExp, s: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    found.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return found;
}
