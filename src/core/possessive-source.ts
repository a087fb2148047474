/**
 * A possessive name is usually no speaker ("Trump's plan", "Clinton's aides said"), but two
 * constructions make it the quotation's source: a point of view (`"…," in Bolton's view`,
 * `in Warren's words`) and the quotation as the name's own saying (`Obama's "if you like your plan"
 * promise`, `Cruz's "New York values" remark`). The ranker may weigh such a name as a candidate.
 */

/** `in X's view` / `by X's account`: the words before the name and after its possessive mark. */
const VIEW_BEFORE = /\b(?:in|by|to)\s+$/i;
const VIEW_AFTER =
  /^(?:['’]s?)?\s+(?:own\s+)?(?:view|views|opinion|words|telling|estimation|judgment|judgement|assessment|account|reckoning|mind|thinking)\b/i;
/** `X's "…" promise`: the quotation opens right after the possessive and a saying noun follows it. */
const OPENS_AFTER = /^(?:['’]s?)?\s*["“‘']?$/;
const SAYING_AFTER =
  /^["”’']?\s*(?:promise|pledge|claim|vow|remark|comment|warning|slogan|motto|mantra|refrain|line|quip|boast|assertion|statement|description|declaration|phrase|catchphrase|insistence|admission|prediction|charge|argument|question|answer|retort|taunt|jab|dig|tweet|message|call|demand|plea|threat|assurance|characterization)s?\b/i;

/**
 * Is the possessive name at `name` of `text` (its possessive mark inside the span or right after it)
 * the source of the quotation whose words are at `quote` of the same text?
 */
export function possessiveSource(
  text: string,
  name: { start: number; end: number },
  quote: { start: number; end: number },
): boolean {
  const after = text.slice(name.end, name.end + 40);
  if (VIEW_BEFORE.test(text.slice(Math.max(0, name.start - 10), name.start)) && VIEW_AFTER.test(after)) return true;
  if (quote.start < name.end || !OPENS_AFTER.test(text.slice(name.end, quote.start))) return false;
  return SAYING_AFTER.test(text.slice(quote.end, quote.end + 40));
}
