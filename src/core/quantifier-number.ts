/**
 * Quantifiers that stand for a plural noun left out ("a few", "several", "both": "A few denied that …") or head a
 * plural "of" phrase ("a handful of traders", "some of the traders"): the verb agrees with the people counted.
 */
const PLURAL_QUANTIFIER =
  /^(?:(?:a\s+|very\s+|a\s+very\s+)?few|several|many|both|some|all|most|various|numerous|a\s+(?:handful|number|couple|lot)|lots|dozens|scores|hundreds|thousands|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)$/;

/** Quantifiers that count one ("one of the traders", "each", "neither"): the verb is singular. */
const SINGULAR_QUANTIFIER =
  /^(?:one|each|either|neither|another|(?:every|any|some|no)\s*(?:one|body)|no-one|none\s+but\s+one)$/;

/**
 * The number a subject's quantifier gives it, when the quantifier is the subject's head: alone, the noun it counts
 * left out ("a few", "each"), or before "of" ("one of the traders", "a handful of traders"). Undefined when a noun
 * heads the subject ("a few residents", "the owner"), whose own number decides, or for a quantifier of either number
 * ("none"). Agreement is read from the subject's grammar, not from a list of phrases a template got wrong (review
 * B-r44-15: "…, which a few denies?").
 */
export function quantifierNumber(subject: string): 'plural' | 'singular' | undefined {
  const head = subject
    .trim()
    .toLowerCase()
    .split(/\s+of\s+/)[0]!
    .replace(/\s+/g, ' ');
  if (PLURAL_QUANTIFIER.test(head)) return 'plural';
  if (SINGULAR_QUANTIFIER.test(head)) return 'singular';
  return undefined;
}

/**
 * The quantifier and the group it counts when a quantifier heads an "of" phrase: "most of the traders" gives "most"
 * and "the traders". Undefined for a pronoun group ("most of them"), which names no one to put in a claim.
 */
export function countedGroup(subject: string): { quantifier: string; group: string } | undefined {
  const parts = /^(.+?)\s+of\s+(.+)$/.exec(subject.trim());
  if (!parts || !quantifierNumber(parts[1]!)) return undefined;
  if (/^(?:them|us|you|those|these|which|whom|whose)\b/i.test(parts[2]!)) return undefined;
  return { quantifier: parts[1]!, group: parts[2]! };
}
