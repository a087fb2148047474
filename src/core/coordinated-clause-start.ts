/** A contrastive clause opened after a comma: "A signed an order, while B proposed …". */
const CONTRAST_OPENER = /,\s+(?:while|whereas)\s+/g;

/**
 * Where the subject of a reporting verb coordinated by a clause-final "and" stands, as an offset into `text` (the
 * reported-speech subject read up to the verb): in `Jindal signed an order …, while Mike Huckabee … proposed we "…"
 * and [said]`, "said" shares the subject of the verb it is coordinated with, the nearest one, which is Huckabee's,
 * after the last ", while"; the first name of the sentence is the other clause's subject. Null when the text does not
 * end on "and" or holds no such opener. One scan of the text.
 */
export function coordinatedClauseStart(text: string): number | null {
  if (!/\sand\s*$/.test(text)) return null;
  let at: number | null = null;
  for (const m of text.matchAll(CONTRAST_OPENER)) at = m.index + m[0].length;
  return at;
}
