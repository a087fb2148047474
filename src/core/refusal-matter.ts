import { eachMatch } from './each-match';
import { foldPhrasalVerbs } from './phrasal-verbs';
import { REFUSAL } from './refusal-cues';
import { contentTerms } from './tokenize-words';

/** A refusal's object naming what was withheld: "declined to say whether…", "would not say how many…". */
const WH_OBJECT = /^\s+(?:whether|if|what|how|who|whom|which|when|where|why)\b([^.;!?]*)/i;

/**
 * "How many volunteers are in the trial?" over "…120 volunteers. She declined to say whether a company has licensed the
 * strain.": the refusal names the matter it withholds, and none of the question's words are in it, so it is no refusal
 * of the asked value and, appended, reads as part of the answer (audit 57, B-a57-23). A bare refusal ("declined to
 * comment") or one naming the asked matter ("would not say how many volunteers had dropped out") may be of the value.
 */
export function refusesOtherMatter(refusal: string, terms: readonly string[]): boolean {
  let named = false;
  for (const m of eachMatch(REFUSAL, refusal)) {
    const matter = WH_OBJECT.exec(refusal.slice(m.index + m[0].length))?.[1];
    if (matter === undefined) return false;
    const said = new Set(contentTerms(foldPhrasalVerbs(matter)));
    if (terms.some((t) => said.has(t))) return false;
    named = true;
  }
  return named;
}
