/** A number or quantifier, "of", and a plural pronoun: "One of them", "two of those", "each of us". */
const PARTITIVE =
  /^(?:one|two|three|four|five|some|any|each|either|neither|none|several|many|most|few|all|both)\s+of\s+(?:them|those|these|us)\b/i;

/**
 * Whether a speaker's name is only a share of a group the copy named before ("One of them told the Herald …"): it
 * says which group spoke, not who, so a quotation shows no one unless a name follows ("One of them, Ana Ruiz, said"
 * resolves to the name before it gets here). Audit 59, B-a59-18. With `opening`, a name that only opens on one
 * ("One of them, a retired teacher", "many of them represent") counts too: a statement's subject, which has no
 * unattributed form to fall back on (session 59).
 */
export function partitiveSpeaker(name: string | null, opening = false): boolean {
  if (name === null) return false;
  const m = PARTITIVE.exec(name.trim());
  return m !== null && (opening || m[0].length === name.trim().length);
}
