/**
 * Every match of a global regular expression, as `[...text.matchAll(re)]` gives them.
 *
 * matchAll runs a copy of the expression made through the RegExp constructor, and V8 finds the
 * copy's compiled code in a cache that each major garbage collection empties. After a collection
 * every matchAll therefore compiles its expression again, which is most of what made the glance three
 * times slower after jsdom's work and a collection (as the bench times it) than alone. exec on the
 * expression itself keeps the code compiled on the object.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global expression: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step over one character (one code
    // point in a Unicode expression), as matchAll does.
    if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = 0;
  return out;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? index + 2 : index + 1;
}
