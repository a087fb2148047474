/**
 * The matches of a module's own global pattern in the text, one at a time, as `text.matchAll(pattern)`
 * gives them, without matchAll's copy of the pattern: matchAll builds a new RegExp on every call, and
 * V8 re-escapes the pattern's source to do it, so a long cue family (1–4 KB of source) costs about
 * 10,000 machine instructions a call before it reads a character (cachegrind, one sentence: 20,900
 * against 10,400 a call for such a family; 4,000 against 3,400 for a short pattern).
 *
 * For a global pattern whose lastIndex nothing else sets (a module's own): iteration starts at 0,
 * where matchAll starts such a pattern, and leaves lastIndex at 0 however the loop ends; each step
 * resumes where its match ended, so a loop body may run the same pattern.
 */
export function* eachMatch(pattern: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!pattern.global) throw new TypeError('eachMatch needs a global pattern, as matchAll does');
  pattern.lastIndex = 0;
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const end = pattern.lastIndex;
      yield m;
      pattern.lastIndex = m[0] === '' ? advance(text, end, pattern) : end;
    }
  } finally {
    pattern.lastIndex = 0;
  }
}

/** After an empty match: the next character, or the whole surrogate pair under the u or v flag (as matchAll moves). */
function advance(text: string, at: number, pattern: RegExp): number {
  if (at + 1 >= text.length || !(pattern.unicode || pattern.flags.includes('v'))) return at + 1;
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}
