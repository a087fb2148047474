import { inChargeVerb } from './in-charge-verb';
import { leaderNoun } from './leader-noun';
import { literalMatches, literalPattern } from './literal-matches';
import { occupationNoun } from './occupation-noun';
import { isRoleHead } from './role-heads';
import { cueRate } from './speech-cues';

/**
 * "Name, who runs a restaurant near the old site, said" / "…, who chairs the parish committee,": the relative clause
 * right after the name, its verb in the present and its object opened by a determiner (after "at"/"for": "works for
 * the council"), up to the comma or the stop.
 */
const CLAUSE = literalPattern(
  "(?<![\\w'’-])",
  ',\\s+who\\s+(\\p{Ll}+s)\\s+((?:(?:at|for)\\s+)?(?:a|an|the|his|her|its|their)\\s+[^,.;:!?"“”()—–]{2,70}?)(?=,|\\.(?:\\s|$))',
  'u',
);

/** The verb's stem and the agent nouns built from it: "runs" → runner, "manages" → manager, "directs" →
 * director, "represents" → representative. */
function agentsOf(verb: string): string[] {
  const stems = [verb.slice(0, -1), ...(/(?:ch|sh|ss|x)es$/.test(verb) ? [verb.slice(0, -2)] : [])];
  return stems.flatMap((s) => [s, `${s}er`, `${s}${s.at(-1)}er`, `${s}r`, `${s}or`, `${s}ative`]);
}

/**
 * What the person does, as the copy says it in a relative clause, when it says nothing else of them: a present-tense
 * verb of being in charge (WordNet's "direct" and its troponyms: "runs", "chairs", "heads") or one whose doer is a post
 * (a role head WordNet calls an occupation, or a WordNet leader noun: "owns" → owner, "teaches" → teacher, "oversees" →
 * overseer; not "rides" → rider, "supports" → supporter, how one travels or whom one backs), so the clause
 * says what they do for a living or hold; any person noun would take habits and likings for posts ("uses a
 * wheelchair": user, "loves the old library": lover; review 56), nor what they think ("who believes the…": a
 * speech or thought cue PolNeAR's annotators mark, learned in speech-cues.ts, is no post) or where they live ("lives":
 * no "liver" is a person). The object ends on a word, never inside an abbreviation ("the U.S." stops no clause).
 */
export function relativeClauseRole(name: string, text: string): string | null {
  for (const m of literalMatches(text, name, CLAUSE)) {
    const verb = m[1]!;
    const object = m[2]!.trim();
    if (cueRate(verb) >= 0.1 || !/\p{Ll}{2}$/u.test(object)) continue;
    const doer =
      inChargeVerb(verb) || agentsOf(verb).some((w) => (isRoleHead(w) && occupationNoun(w)) || leaderNoun(w));
    if (doer && object.split(/\s+/).length <= 10) return `${verb} ${object}`;
  }
  return null;
}
