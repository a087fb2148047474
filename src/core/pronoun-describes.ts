/**
 * "She describes the situation as "…"", "He called it "…"": a pronoun opening its clause, a verb of describing and
 * its short object give the quotation as the pronoun's words, as "what he described as "…"" does (tag-before.ts).
 * Describing verbs frame no quotation elsewhere ("called for", "was described as"), so only this shape: the pronoun
 * opens the sentence or follows a comma, "and" or "but" (not "whom she called"), no auxiliary but "has"/"had"/"once"
 * (so no passive), and the object is at most four lower-case words, not a particle ("called on", "called off").
 * "He called him "…"" names two people of one sex, the describer and the described, and which earlier one the
 * pronoun means is then a guess (PolNeAR train: "Sanders questioned Mr. Trump's veracity. He called him "…""), so an
 * object "him"/"her" of the subject's sex reads no tag.
 */
const PRONOUN_DESCRIBES =
  /(?:^|[,;]\s*|\b(?:and|but)\s+)(he|she|He|She)(\s+(?:has\s+|had\s+|once\s+|also\s+)?(?:described|describes|called|calls|termed|terms|dubbed|dubs|branded|brands|labelled|labeled|labels)\s+(?!(?:on|off|for|in|out|up|back|upon|as)\b)((?:[\p{Ll}’'-]+\s+){0,3}[\p{Ll}’'-]+)(?:\s+as)?)$/u;

/** The object that is another person of the subject's sex. */
const SAME_SEX_OBJECT: Record<string, string> = { he: 'him', she: 'her' };

/** The pronoun of such a clause right before a quotation and its offset in `text`; null when it is none. */
export function pronounDescribes(text: string): { pronoun: string; at: number } | null {
  const match = PRONOUN_DESCRIBES.exec(text);
  if (!match || SAME_SEX_OBJECT[match[1]!.toLowerCase()] === match[3]) return null;
  return { pronoun: match[1]!, at: match.index + match[0].length - match[1]!.length - match[2]!.length };
}
