/** Whether a run of copy holds a finite verb of its own: where a clause can end, and where it is still open. */

/** Words after which an "-s" word is a noun: "his plans", "of the States". */
const BEFORE_NOUN =
  /^(?:the|a|an|its|his|her|their|our|my|your|this|these|those|of|in|on|for|with|to|by|from|at|and|or|any|some|many|more|most|other|such|all|both)$/i;

/** Whether a run of words holds a finite verb (roughly): an auxiliary, a past form, or an "-s" verb after a subject. */
export function holdsVerb(text: string): boolean {
  const ws = text.match(/[A-Za-z'’-]+/g) ?? [];
  return ws.some(
    (w, i) =>
      /^(?:is|are|was|were|has|have|had|will|would|can|could|must|may|might|should|did|does|do|said|says|told|made|won|lost|met|led|left|took|gave|came|went|became|saw|knew|found|put|set|cut|ran|got|held|kept|paid|sold|thought|brought|built)$/.test(
        w,
      ) ||
      /^[a-z]{3,}ed$/.test(w) ||
      /n['’]t$/.test(w) ||
      (/^[a-z]{3,}[^s']s$/.test(w) && !BEFORE_NOUN.test(ws[i - 1] ?? '') && !/(?:ness|ous|sis|ics)$/.test(w)),
  );
}

/**
 * Whether a clause keeps a verb of its own, not only one inside an apposition or a relative clause
 * ("Omar Mateen, the Afghan-American who took the lives of 49 people" has none: "took" is the relative
 * clause's). A restrictive relative before the main verb ("the man who shot him was…") cannot be told
 * from one that ends the clause, so it reads as verbless: the cut then shows "…" instead of ending at
 * the comma.
 */
export function holdsMainVerb(text: string): boolean {
  if (subjectAside(text)) return false;
  const bare = text.replace(/,\s+(?:the|a|an|its|his|her|their)\s[^,]*$/i, '');
  const relative = /(,\s*|\s)(?:who|whom|whose|which)\s/i.exec(bare);
  if (!relative) return holdsVerb(bare);
  if (holdsVerb(bare.slice(0, relative.index))) return true;
  // "the plan, which costs $5m, is dead": the main verb follows the comma that closes the relative clause.
  const after = bare.slice(relative.index + relative[0].length);
  const close = after.indexOf(', ');
  return relative[1]!.startsWith(',') && close >= 0 && holdsVerb(after.slice(close + 2));
}

/**
 * A subject and one participle aside on it ("An Istanbul-based professor, accused by the Turkish government of
 * coordinating the coup,"; "Prices, adjusted for inflation,"): the participle is no main verb, which follows the
 * aside's closing comma (sample 37's #18). Only a verbless run before the aside's one comma is a subject: "The plan
 * was approved, backed by unions" has its verb, and "Sales, however, declined in March" two commas.
 */
const PARTICIPLE_ASIDE =
  /^([^,]+),\s+(?:[a-z]{3,}ed|[a-z]{3,}ing|born|known|seen|held|led|made|given|taken|chosen|driven|written|shown)\s+(?:by|of|in|for|from|with|as|at|on|after|under|over|during|since|the|a|an|his|her|their|its)\b[^,]*,?$/;

export function subjectAside(text: string): boolean {
  const aside = PARTICIPLE_ASIDE.exec(text.trim());
  return aside !== null && !holdsVerb(aside[1]!);
}
