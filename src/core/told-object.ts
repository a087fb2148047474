import { maskAbbreviationDots } from './abbreviation-dots';

/**
 * "…, telling Fox 35 that the group is focused on "…"", "Ms. Cole told Mr. Hart: "…"": the one an active "told" or
 * "telling" names right after the verb is the one spoken to, never the speaker of the words told. (A passive "was
 * told" names its listener before the verb, passive-listener.ts; "told by" names the speaker.)
 */
// "told the Ardmore Courier the wards were "…"": an outlet's name after "the" is told as well (audit 59, B-a59-13).
const TOLD_RIGHT_BEFORE = /\b(?:told|tells|telling|tell)\s+(?:the\s+)?(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Dr\.?\s+)?$/;
const PASSIVE_BEFORE = /\b(?:was|were|is|are|be|been|being)\s+(?:\w+\s+)?(?:told|tell)\s+\S*\s*$/i;
/**
 * What ends the one told: punctuation, "that", a determiner, a pronoun, a preposition, a number or a capital. A
 * lower-case noun next makes the name its modifier ("tells Trump supporters that"), the supporters told.
 */
const OBJECT_END =
  /^(?:\s*[,:;.!?'"“”‘’—–(-]|\s+(?:that|the|a|an|his|her|their|its|it|he|she|they|we|you|there|this|these|those|in|on|at|of|for|about|after|before|during|last|by|when|how|why|what|whether|if|[0-9]|[A-Z]))/;
/** Between the name and the quotation after it: the told clause, no sentence end and no other quotation. */
const TO_QUOTE = /^[^.!?"“”]*$/;
/** Between a quotation and the "telling" after it: its closing punctuation only ('"that person," telling Fox'). */
const QUOTE_THEN_VERB = /^[\s,.!?'"’”—–-]*(?:told|telling)\s+\S*\s*$/;
/**
 * The tag after a quotation, its own subject before the verb (`"…," he told Al Jazeera.`, `"…," Samir al-Haddad, an
 * analyst at …, told Al Jazeera.`): no sentence end and no other quotation between (audit 52, B-a52-2). Within the
 * reach of a name with a long apposition.
 */
const QUOTE_TAG_TOLD = /^[\s,.!?'"’”—–-]*[^.!?"“”;:]*?\btold\s+\S*\s*$/;
const TAG_REACH = 200;

/**
 * Is the person named at `mention` the one an active "told" addresses in the quotation's own sentence `at`, with the
 * quotation in what is told (after the name) or right before the verb? Absolute offsets.
 */
export function toldObject(
  at: { text: string; start: number },
  mention: { start: number; end: number },
  quote: { start: number; end: number },
): boolean {
  const from = mention.start - at.start;
  const before = at.text.slice(Math.max(0, from - 40), from);
  if (!TOLD_RIGHT_BEFORE.test(before) || PASSIVE_BEFORE.test(before)) return false;
  const end = mention.end - at.start;
  if (!OBJECT_END.test(at.text.slice(end, end + 12))) return false;
  if (mention.end <= quote.start) {
    // The quotation's own opening mark is the first one after the name, within the told clause's 200 characters.
    const to = Math.max(mention.end, quote.start - 1);
    if (to - mention.end > 200) return false;
    return TO_QUOTE.test(at.text.slice(mention.end - at.start, to - at.start));
  }
  if (quote.end > mention.start || quote.end < at.start || mention.start - quote.end > TAG_REACH) return false;
  const between = at.text.slice(quote.end - at.start, from);
  if (mention.start - quote.end <= 40 && QUOTE_THEN_VERB.test(between)) return true;
  return QUOTE_TAG_TOLD.test(maskAbbreviationDots(between));
}
