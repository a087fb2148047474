import { relatedStems } from './answer-lexicon';
import { irregularVerbLemma } from './irregular-verb-lemma';
import type { PartyMention } from './named-parties';
import { BE } from './passive-voice';
import { sentenceWords } from './sentence-words';

/** A word before which the asked verb's form is a noun of the act ("the leak was regrettable"), naming no doer. */
const DETERMINER = /^(?:the|a|an|this|that|its|his|her|their|our|any|no|every)$/;
/** An agent noun among WordNet's derivations of the verb: buyer for buy, winner for win. */
const AGENT = /(?:er|or)$/;
/** How far (characters of commas, spaces, determiners) an apposed name may stand from the agent noun. */
const APPOSED = 6;

/**
 * Whether a sentence names the doer of an act (`verb`, a stem; the asked verb of a "who <verb>…?" question) among
 * `parties`, the people and organisations the question does not name (review 51's B-r51-1): the verb or a WordNet
 * synonym said actively after one of them ("Carl Dunmore admitted … that he had leaked it", "Sami Okafor took 1,204
 * votes"), said in the passive with one after "by", or an agent noun among its derivations beside one in apposition
 * ("The buyer, Nordvik Aero, confirmed", "Nordvik Aero, the buyer"). A form of it after a determiner is a noun of the
 * act ("the leak was regrettable") and names no one.
 */
export function namesDoer(text: string, verb: string, parties: readonly PartyMention[]): boolean {
  if (parties.length === 0) return false;
  const acts = new Set([verb, ...relatedStems(verb)]);
  const words = sentenceWords(text);
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (!acts.has(w.stem)) continue;
    if (w.stem !== verb && AGENT.test(w.stem)) {
      if (parties.some((p) => Math.abs(p.start - w.end) <= APPOSED || Math.abs(w.start - p.end) <= APPOSED + 4))
        return true;
      continue;
    }
    if (k > 0 && DETERMINER.test(words[k - 1]!.word)) continue;
    const participle = /ed$/.test(w.word) || irregularVerbLemma(w.word) !== undefined;
    if (participle && k > 0 && BE.test(words[k - 1]!.word)) {
      const by = words.slice(k + 1).find((after) => after.word === 'by');
      if (by && parties.some((p) => p.start > by.end)) return true;
      continue;
    }
    if (parties.some((p) => p.end <= w.start)) return true;
  }
  return false;
}
