/** A number or quantifier, "of", and a plural pronoun: "One of them", "two of those", "each of us". */
const PARTITIVE =
  /^(?:one|two|three|four|five|some|any|each|either|neither|none|several|many|most|few|all|both)\s+of\s+(?:them|those|these|us)$/i;

/**
 * Whether a speaker's name is only a share of a group the copy named before ("One of them told the Herald …"): it
 * says which group spoke, not who, so a quotation shows no one unless a name follows ("One of them, Ana Ruiz, said"
 * resolves to the name before it gets here). Audit 59, B-a59-18.
 */
export function partitiveSpeaker(name: string | null): boolean {
  return name !== null && PARTITIVE.test(name.trim());
}
