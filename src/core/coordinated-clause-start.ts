import { finite } from './clause-subject-description';
import { eachMatch } from './each-match';

/** A contrastive clause opened after a comma: "A signed an order, while B proposed …". */
const CONTRAST_OPENER = /,\s+(?:while|whereas)\s+/g;
/** The lower-case word after a comma, read where the comma stands. */
const WORD_AFTER_COMMA = /,\s*([a-z]+)\b/y;

/**
 * Whether the opener at `at` starts an aside between a subject and its verb rather than a clause of its own: in
 * "Ann Lee, while still mayor, opened the bridge … and said", the comma closing "while still mayor" is followed by
 * the finite verb that the subject before the aside governs, so "said" is coordinated with that verb and the aside
 * holds no subject. A clause's own commas are followed by its subject's apposition ("while Mike Huckabee, the former
 * governor, proposed"), not by a verb (review B-r46-4).
 */
function opensAside(text: string, at: number): boolean {
  const comma = text.indexOf(',', at);
  if (comma < 0) return false;
  WORD_AFTER_COMMA.lastIndex = comma;
  const word = WORD_AFTER_COMMA.exec(text)?.[1];
  return word !== undefined && finite(word, '');
}

/**
 * Where the subject of a reporting verb coordinated by a clause-final "and" stands, as an offset into `text` (the
 * reported-speech subject read up to the verb): in `Jindal signed an order …, while Mike Huckabee … proposed we "…"
 * and [said]`, "said" shares the subject of the verb it is coordinated with, the nearest one, which is Huckabee's,
 * after the last ", while" that opens a clause, not an aside; the first name of the sentence is the other clause's
 * subject. Null when the text does not end on "and" or holds no such opener. One scan of the text.
 */
export function coordinatedClauseStart(text: string): number | null {
  if (!/\sand\s*$/.test(text)) return null;
  let at: number | null = null;
  for (const m of eachMatch(CONTRAST_OPENER, text)) {
    const end = m.index + m[0].length;
    if (!opensAside(text, end)) at = end;
  }
  return at;
}
