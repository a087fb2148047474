import { knownFirstName } from './known-first-name';
import { ORG_HEADS } from './org-heads';
import { isCapitalised, type Word } from './tokenize';
import { wordnetWord } from './wordnet-word';

/**
 * "Bukit Merah View Market and Food Centre", "Ports and Harbours Authority": capitalised words joined by "and" to a
 * run that ends on a body's head word (org-heads.ts) name one body, not a person and a body, unless something makes
 * the words before "and" a person's: an honorific or a role (`certain`), or a known first name ("Bill Gates and
 * Gates Foundation"). A lone word before "and" ("Clinton and Clinton Foundation") is left to the readers as before.
 * Audit 52, B-a52-1: the words before "and" spoke for the stallholders the sentence was about. The word right before
 * "and" must be a body's word itself, a head word or a word of English by WordNet's evidence ("Market", "Ports"): a
 * name word no dictionary holds ends a person's name, so "Adebayo Ogunleye and Ikeja Traders Association officials"
 * are a person and a body, whatever list his given name is missing from (review 52, B-r52-5).
 */
export function oneBodyName(words: Word[], and: number, certain: boolean): boolean {
  if (certain || and < 2 || !isCapitalised(words[and + 1]?.text ?? '')) return false;
  const before = words[and - 1]!.text;
  if (knownFirstName(words[0]!.text) || !(ORG_HEADS.has(before) || wordnetWord(before))) return false;
  return ORG_HEADS.has(words[words.length - 1]!.text);
}
