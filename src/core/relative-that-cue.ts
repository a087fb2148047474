import { gateWindow } from './gate-window';

/**
 * Does a cue verb open a subject relative clause on "that": "A party that rejects Nikki Haley as a spokeswoman is
 * one that …", "a debate that threatened to make or break some of their campaigns"? A reported "that" is followed
 * by its clause's subject, so a finite verb right after "that" can only be a relative clause's: the cue describes
 * the noun before it and labels nothing the sentence asserts, as cue-scope.ts reads "who"/"which" clauses (issue
 * 13, sample 24's #45). A cleft ("it was the council that rejected …") and "there are critics that …" assert
 * the clause. "plans" after "that" may be a subject noun ("said that plans to close the plant were shelved"). Only
 * an act's verb counts: "a debate that is likely to come to a head this week" tells a thing's own coming event, as
 * "which will" does in cue-scope.ts, and stays pending. A progressive is a relative's verb as well ("the majority of
 * people that are seeking refuge are not …", sample 56's #42): "be" + an -ing form right after "that" is no clause's
 * subject either, and describes the noun as "who are seeking" does.
 */
const THAT_BEFORE =
  /\b[A-Za-z'’-]+\s+that\s+(?:(?:also|not|never|once|later|since|then|has|have|had|[a-z]+ly)\s+){0,2}$/i;
const FINITE = /^(?!(?:plans|is|was|has|does)\b)[a-z]+(?:s|ed)\b|^(?:is|are|was|were|been)\s+(?:[a-z]+\s+)?[a-z]+ing$/i;
const ASSERTED = /\b(?:it\s+(?:is|was)|it['’]s|there\s+(?:is|are|was|were))\b[^,;:]*$/i;

export function relativeThatCue(text: string, index: number, match: string): boolean {
  if (!FINITE.test(match)) return false;
  const before = gateWindow.before(text, index, 80);
  const that = THAT_BEFORE.exec(before);
  return that !== null && !ASSERTED.test(before.slice(0, that.index));
}
