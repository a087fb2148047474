/**
 * "Preemptively casting doubt on the leaks may be easier now than …", "Questioning the audit would be unwise": a cue
 * whose verb is a gerund heading the sentence's subject, its predicate a copula or a modal's "be" ("may be easier",
 * "is risky", "would be a mistake"), names an act someone weighs, not one anyone did, so the kind it would give (a
 * doubt cast, a charge made) holds of no one (sample 54's #31). A fronted participle set off by its comma ("Casting
 * doubt on the figures, the mayor said …") has a doer after the comma and is read as before.
 */
export function gerundSubjectCue(text: string, index: number, match: string): boolean {
  if (!/^\w+ing\b/i.test(match) || !SENTENCE_OPENS.test(text.slice(0, index))) return false;
  const clause = CLAUSE.exec(text.slice(index + match.length, index + match.length + 160))?.[0] ?? '';
  return WEIGHED_PREDICATE.test(clause);
}

/** Only the sentence's opening before the gerund: a quote mark, a conjunction, an adverb in -ly. */
const SENTENCE_OPENS = /^\s*["“‘']?(?:(?:and|but|yet|so)\s+)?(?:\w+ly\s+)?$/i;
/** The gerund's clause: up to the first comma, semicolon, colon or dash, so a fronted participle's doer is not read. */
const CLAUSE = /^[^,;:—–]*/;
/** A copula or a modal's "be" after the gerund phrase: its predicate judges the act. */
const WEIGHED_PREDICATE =
  /\s(?:is|was|would be|could be|may be|might be|will be|can be|should be|must be|seems|seemed|remains|proved|proves)\s/i;
