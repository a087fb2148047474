import { maskAbbreviationDots } from './abbreviation-dots';
import type { SpeakerPhrase } from './speaker-phrase';
import { QUOTE_VERBS } from './speech-verbs';
import { subjectAfter } from './subject-after';

/** The capitalised verb opening the sentence, a capitalised word right after it. */
const OPENING = /^[\s"“‘']*(\p{Lu}\p{Ll}+)(?=\s+\p{Lu})/u;
/** After the verb: the name up to its comma, then one aside of the speaker's closed by the comma before the quote. */
const NAME_THEN_ASIDE = /^\s+[^,;:.!?"“”]{2,60},\s+[^;"“”]{1,200},\s*$/;

/**
 * `Said Dorothy Poynter, who grew up with Ali nearby, "…"`: an inverted tag opening its sentence names the speaker
 * right after its verb; the aside after the name describes that speaker. The nearest-verb reading (tag-before.ts)
 * looks at most ten words back from the quotation, so a long aside hid the verb and the names inside the aside
 * competed for the quotation (a speaker left null on PolNeAR train). `text` runs from the sentence's start.
 */
export function openingTagAside(text: string, offset: number): SpeakerPhrase | null {
  const masked = maskAbbreviationDots(text);
  const verb = OPENING.exec(masked);
  if (!verb || !QUOTE_VERBS.has(verb[1]!.toLowerCase())) return null;
  const rest = masked.slice(verb[0].length);
  if (!NAME_THEN_ASIDE.test(rest)) return null;
  return subjectAfter(rest, offset + verb[0].length);
}
