import type { NameRun } from './name-runs';
import { QUOTE_VERBS } from './speech-verbs';

/** Occurrences of `needle` in `hay`. */
function count(hay: string, needle: string): number {
  let n = 0;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) n++;
  return n;
}

/**
 * `Said Dorothy Poynter, who grew up nearby, "…"`: the comma's stretch runs to a quotation with no other speech verb
 * before it, so the opening verb is the quotation's tag (as tag-before.ts reads it), not a given name.
 */
function quotedAfter(after: string): boolean {
  const mark = after.search(/["“]/);
  if (mark < 0) return false;
  return !(after.slice(0, mark).match(/\p{Ll}+/gu) ?? []).some((w) => QUOTE_VERBS.has(w));
}

/**
 * `Said Comey, "…"` / `Continued Stone: "…"`: an inverted tag opening its sentence capitalises its verb, which the
 * name reader takes for a given name. The verb is dropped from the run when a comma or colon closes the tag and the
 * copy names the rest without the verb elsewhere (so a given name such as "Said Jalili", always printed whole, stays),
 * or names it this once and a quotation follows the tag.
 */
export function speechVerbOpener(run: NameRun, text: string, articleText: string): NameRun {
  if (run.words.length < 2 || !/^[\s"“‘']*$/.test(text.slice(0, run.start))) return run;
  if (!QUOTE_VERBS.has(run.words[0]!.text.toLowerCase()) || !/^\s*[,:]/.test(text.slice(run.end))) return run;
  const rest = text.slice(run.words[1]!.start, run.end);
  const whole = count(articleText, text.slice(run.start, run.end));
  if (count(articleText, rest) <= whole && !(whole === 1 && quotedAfter(text.slice(run.end)))) return run;
  const { previous: _verb, ...kept } = run;
  const words = run.words.slice(1);
  return { ...kept, words, start: words[0]!.start };
}
