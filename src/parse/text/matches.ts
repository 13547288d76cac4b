/**
 * The matches of a global regex in a string, as `s.matchAll(re)` gives them. matchAll copies the
 * regex on every call (through its species constructor); on a task's text, a few hundred
 * characters, the copy cost three times the search. Rules that search every task's text use
 * this instead. All matches are collected before the caller reads them, so the caller may run
 * `re` again in its loop, as with matchAll.
 */
export function matchesOf(s: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchesOf needs a global regex');
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    out.push(m);
    // an empty match: step over it (a whole code point in unicode mode), as matchAll does
    if (m[0] === '') re.lastIndex += re.unicode && (s.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}
