/**
 * Is a hedge or a vague source inside a quotation a named speaker gives on record? "'This works for
 * Trump because it reinforces what his most ardent supporters believe…,' said Kevin Madden, a Republican
 * strategist" is Madden's opinion, attributed to him by name: nothing there rests on an unnamed
 * source or a hedge of the writer's, so no unverified lead. The speaker must be named (two capitalised
 * words) by the speech verb outside the quotation; "…,' the insider said" stays unverified.
 */
const QUOTED = /“[^”]*”|"[^"]*"|''(?:(?!'').)*''/g;
const NAMED_TAG =
  /\b(?:said|says|told|wrote|writes|added|adds)\s+(?:[a-z-]+\s+){0,3}\p{Lu}[\p{L}\w'’.-]+\s+\p{Lu}[\p{L}\w'’-]+|\b\p{Lu}[\p{L}\w'’.-]+\s+\p{Lu}[\p{L}\w'’-]+\s+(?:said|says|told|wrote|writes|added|adds)\b/u;

export function quotedOpinion(text: string, index: number): boolean {
  for (const q of text.matchAll(QUOTED)) {
    if (index < q.index || index >= q.index + q[0].length) continue;
    const outside = text.slice(0, q.index) + text.slice(q.index + q[0].length);
    return NAMED_TAG.test(outside);
  }
  return false;
}
