import { handFirstName } from './hand-first-name';
import { literalMatches, literalPattern } from './literal-matches';
import { organizationUsage } from './organization-usage';
import { PLACES } from './place-words';
import { residencePlace } from './residence-place';

/** The word written whole, compiled once. */
const MENTION = literalPattern("(?<![\\p{L}\\p{M}\\d'’-])", '(?![\\p{L}\\p{M}\\d-])');
/**
 * "in Philadelphia", "near Benghazi": a preposition of place before the word. "confidence in Trump" is a person's, so
 * a word that also takes a person's cue never reaches this test (`personUsage` runs first). "from", "outside" and
 * "around" are not read: "an endorsement from Obama", "the people around Trump" are as often a person's as a place's.
 */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:in|near|across|throughout) $/u;
/** "Vox, the website", "Benghazi, a city in": the copy says what the word names, and it is no person. */
const APPOSITION =
  /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:newspaper|paper|agency|website|site|magazine|network|company|firm|outlet|broadcaster|publication|publisher|city|town|village|county|state|country|region|province|group|organi[sz]ation|charity|union|party)\b/u;
/**
 * "Chamber of Commerce", "High Commissioner for Refugees": the tail of a longer capitalised name — no person is
 * written after "of"/"for" inside one. "Secretary of State Kerry" never gets here: the word stands beside "State".
 */
const NAME_TAIL = /\p{Lu}[\p{L}.]*\s+(?:of|for)\s+$/u;
/** "TheBlaze founder", "Blaze co-host Stu Burguiere": a show's or a firm's staff, never a person's. */
const STAFF_AFTER =
  /^\s+(?:co-hosts?|hosts?|founders?|co-founders?|reporters?|editors?|anchors?|columnists?|correspondents?)\b/;
/** "Most Gibraltarians", "young Millennials", "2,000 refugees": a plural the copy counts or quantifies. */
const PLURAL_BEFORE =
  /(?:^|[^\p{L}])(?:[Mm]any|[Mm]ost|[Ss]ome|[Aa]ll|[Oo]ther|[Ff]ew|[Ff]ellow|[Yy]oung|[Oo]rdinary|[Mm]ore|[Tt]housands of|[Mm]illions of|\d[\d,]*) $/u;
/** "Gibraltarians rejected…", "MPs were told": a plural subject with a plural verb or "they". */
const PLURAL_AFTER = /^\s+(?:are|were|have|do|don['’]t|say|who are|who were|they)\b/;

/**
 * Positive evidence that a lone capitalised word names no person: a place the tables know or the copy gives as a home, the copy using it as an
 * organisation (`organizationUsage`: "Politico reported", "told Vox", "its" bound to it), as a place ("in
 * Philadelphia"), in an apposition ("Vox, the website"), or as a plural ("Most Gibraltarians", "MPs were"). A word
 * with no evidence either way is no such evidence: the once-named and the well-known ("Trump", "Sandra") stay.
 */
export function whoIsWhoNotPerson(word: string, text: string): boolean {
  // "Jo Hale, 34, of Sodus": where someone lives (residence-place.ts).
  if (PLACES.has(word) || residencePlace(word, text)) return true;
  const firstName = handFirstName(word);
  if (organizationUsage(word, text, firstName)) return true;
  // A plural reads as one only when the word ends as plurals do ("Gibraltarians", "MPs"), not "Evans" or "Sanders"
  // alone: the cue before or after it must also say plural.
  const plural = /[^s]s$/.test(word);
  for (const m of literalMatches(text, word, MENTION)) {
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (/^['’]s\b/.test(after)) continue;
    if (PLACE_BEFORE.test(before) || NAME_TAIL.test(before) || APPOSITION.test(after) || STAFF_AFTER.test(after))
      return true;
    if (plural && (PLURAL_BEFORE.test(before) || PLURAL_AFTER.test(after))) return true;
  }
  return false;
}
