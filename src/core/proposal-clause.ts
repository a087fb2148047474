import { VERB_BASES } from './verb-base-set';

/** Words WordNet reads as verbs more often than as nouns (src/train/build-verb-bases.ts). */
const VERBS: ReadonlySet<string> = VERB_BASES;

/** A modal of obligation: "suggestions that U.S. troops should be withdrawn". */
const OBLIGATION = /\b(?:should|must|ought to)\b/i;

/**
 * A singular subject (a capitalised name of up to three words, "he"/"she"/"it", or "the"/"a" and one or two nouns)
 * and the word after it, which no auxiliary follows ("a local judge can't": "judge" is the noun). After "suggestion that"/"demand that" a singular subject with a verb in its base form ("that
 * Russia spy on his rival", "that the mayor resign", "that he be removed") is the mandative subjunctive.
 */
const AUX = String.raw`(?!(?:can|could|will|would|shall|should|may|might|must|do|does|did|has|have|had|is|are|was|were|not|also)\b)`;
const SINGULAR_SUBJECT = new RegExp(
  String.raw`^(?:(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*[^s\s'’]|he|she|it|(?:the|a|an)\s+(?:${AUX}[a-z]+\s+)?${AUX}[a-z]+[^s\s])\s+${AUX}([a-z]+)\b(?![’'-]|\s+(?:can|could|will|would|shall|should|may|might|must|do|does|did|has|have|had|is|are|was|were)\b)`,
);

/**
 * Whether a claim noun's that-clause is a proposal, which is neither true nor false and so is not asked "Is it true
 * that …?" (sample 37's #16 asked "Is it true that Russia spy on his rival Clinton?" of "Trump's suggestion that Russia
 * spy on his rival Clinton"): a modal of obligation, or a singular subject whose verb is in its base form. A verb
 * with its "-s" or "-ed" ("that Russia spied on", "that the mayor resigns") is a statement, and a plural subject shows
 * no subjunctive ("that officials resign" reads either way), so neither is one.
 */
/** Any subject and a bare "be" ("that Reyes be removed", "that the rules be changed"): no statement reads so. */
const BE_SUBJUNCTIVE =
  /^(?:(?:\p{Lu}[\p{L}\w'’.-]*\s+){1,3}|(?:he|she|it|they|we)\s+|(?:the|a|an|its|his|her|their)\s+(?:[a-z][\w-]*\s+){1,2})be\b/u;

export function proposalClause(claim: string): boolean {
  if (OBLIGATION.test(claim) || BE_SUBJUNCTIVE.test(claim)) return true;
  const verb = SINGULAR_SUBJECT.exec(claim)?.[1];
  return verb !== undefined && VERBS.has(verb);
}
