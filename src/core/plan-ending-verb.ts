import { eachMatch } from './each-match';
import { irregularVerbLemma } from './irregular-verb-lemma';
import data from './plan-ending-verbs.json' with { type: 'json' };
import { regularVerbBases } from './regular-verb-bases';
import { wordListSet } from './word-list-set';

/** Split once on first use: only a sentence with "plan(s) to" after a noun's determiner reads it. */
const verbs = wordListSet(data as string);

/**
 * The verbs of the hand list plan-ending-verbs.json replaced (narration-gates.ts's ENDED_PLAN at 549b7e8e) that
 * WordNet 3.1 cannot supply (review 50's B-r50-6): it has no figurative sense for "torpedo" (only "attack with
 * torpedoes") or "scuttle" (only "scurry"), files "derail" under sabotaging rather than thwarting, and has "shelve" only
 * as postponing to a later time. News uses all four for a plan killed ("torpedoed plans to close the library"); a
 * postponement with a time keeps its own reading ("put off until January", narration-gates.ts). Kept beside the
 * WordNet set as the floor the old list had, until the builder covers these senses.
 */
const ENDING_FLOOR: ReadonlySet<string> = new Set(['torpedo', 'derail', 'scuttle', 'shelve']);

/**
 * A lower-case word and a particle after it that may make a phrasal verb with it ("called off", "gave up on",
 * "voted down", "backed out of"). A capitalised word is a name or a sentence's first word, never the verb here.
 */
const CANDIDATE = /\b([a-z]+)(\s+(off|up|down|out|back|aside|away|with|on)(?:\s+(?:on|of|from))?)?\s+/g;
/**
 * The verb's object up to "plans": a determiner or possessive and at most two modifiers. A coordinator or a relative
 * between them opens a second predicate whose verb "plans" is ("has halted production and plans to close the plant by
 * March", "blocked the sale but plans to …": a new plan of the subject's; review s39 B-r39-1), and a preposition puts
 * "plans" in a phrase of another object ("broke the news of plans to …").
 */
const OBJECT =
  /^(?:(?:the|a|an|his|her|their|its|our|my|your|any|all|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s?)\s+)?(?:(?!(?:and|or|but|nor|yet|then|which|who|of|for|about|with|on|in|at|from|by|over|to)\s)[\w'’-]+\s+){0,2}$/;

/**
 * Where, in the stretch `lead` just before "plan(s) to", a verb that ends the plan begins ("He scrapped", "the board
 * reversed", "Organisers called off their"), or -1. The verb is one WordNet files under calling off, revoking,
 * abandoning, thwarting, vetoing or voting down (plan-ending-verbs.json, src/train/build-plan-ending-verbs.ts), in a
 * finite form: a past or a present in "-s" ("scrapped", "withdrew", "overturns"). Its base after a modal or "to"
 * ("will scrap", "threatened to drop") is itself to come, and no "-ing" form ends anything yet.
 */
export function planEndingVerb(lead: string): number {
  for (const m of eachMatch(CANDIDATE, lead)) {
    const lemmas = finiteLemmas(m[1]!);
    if (lemmas.length === 0) continue;
    const end = m.index + m[0].length;
    if (m[3] && OBJECT.test(lead.slice(end)) && lemmas.some((l) => verbs().has(`${l}_${m[3]}`))) return m.index;
    const bare = m.index + m[1]!.length + (/^\s+/.exec(lead.slice(m.index + m[1]!.length))?.[0].length ?? 0);
    if (OBJECT.test(lead.slice(bare)) && lemmas.some((l) => verbs().has(l) || ENDING_FLOOR.has(l))) return m.index;
  }
  return -1;
}

/** The lemmas a finite form may have: an irregular past's ("withdrew" → "withdraw"), or a regular "-ed"/"-s" form's. */
function finiteLemmas(word: string): string[] {
  const irregular = irregularVerbLemma(word);
  if (irregular !== undefined) return irregular === word ? [] : [irregular];
  return /(?:ed|s)$/.test(word) ? regularVerbBases(word).filter((b) => b !== word) : [];
}
