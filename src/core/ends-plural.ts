/**
 * Whether a noun phrase ends in a plural: "-s" after any letter but "s" ("boss") or an apostrophe ("mayor's"), or the
 * plural possessive "s'" (split out of charge-questions.ts so the withheld-whether pass reads number as it does).
 */
export function endsPlural(noun: string): boolean {
  return /[^s']s'?$/i.test(noun.trim()) && !/\b(?:news|series)$/i.test(noun);
}
