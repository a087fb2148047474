import type { Sentence } from './analysis-types';
import { calendarWords } from './calendar-words';
import { makerWord } from './maker-word';
import { messageHead } from './message-head';
import type { PeopleIndex } from './people';

/** A pronoun in the phrase makes it a clause ("He criticized Clinton's track record"), or names the maker. */
const PRONOUN = /^(?:he|she|it|they|we|i|you|her|his|its|their|our|my|your)$/i;

/** A possessor before the head names the maker in lower case too ("the hospital's statement", "the unions' letter"). */
const POSSESSIVE = /^\p{L}[\p{L}-]*(?:['’]s|s['’])$/u;

/** A determiner or quantifier opening the description: capitalised at a sentence's start, it is still no name. */
const OPENER = /^(?:one|another|each|every|some|any|no|either|neither|the|a|an|this|that|these|those)$/i;

/** A maker after the head ("a letter from the council", "a statement by the club"). */
const MAKER_AFTER = /^(?:from|by)$/i;

/** A preposition ending the maker's phrase after "from"/"by" ("a letter from the council to families"). */
const PHRASE_END = /^(?:to|for|of|about|on|in|at|with|over|after|before|since)$/i;

/** The head of the phrase after "from"/"by" at `at`: its last word before a preposition or the end. */
function makerAfter(words: string[], at: number): string | undefined {
  const end = words.findIndex((w, i) => i > at && PHRASE_END.test(w));
  return end === at + 1 ? undefined : words[(end < 0 ? words.length : end) - 1];
}

/**
 * Whether a description left as a quotation's speaker is a message that names no one (review B-r45-6): "the
 * statement read", "the report says", "the email said". A statement carries words, it says nothing of its own, and
 * the copy does not say whose words they are, so the speaker is unknown. A message that names anyone ("Marsh's
 * letter", "a Rove ad", "the IMF report", "her Twitter account", "a report for Oxfam", "the hospital's statement",
 * "a letter from the council") is kept as the copy words it:
 * PolNeAR's annotators credit such a phrase, and its owner may only relay another's words ("according to Axelrod's
 * memoir"). `text` is the description at absolute offset `start` of `sentence`.
 */
export function makerlessMessage(text: string, start: number, sentence: Sentence, index: PeopleIndex): boolean {
  const words = text.split(/\s+/);
  const head = messageHead(words);
  if (head === null || words.some((w) => PRONOUN.test(w))) return false;
  // The possessor or the "from"/"by" object must be a person or a body, not a time or a feeling ("Friday's
  // statement", "the statement from last week", "a letter from the heart" name no one; review 48's B-a48-12).
  if (words.slice(0, head).some((w) => POSSESSIVE.test(w) && makerWord(w))) return false;
  const after = MAKER_AFTER.test(words[head + 1] ?? '') ? makerAfter(words, head + 1) : undefined;
  if (after !== undefined && makerWord(after)) return false;
  const end = start + text.length;
  const inside = <T extends { start: number; end: number }>(m: T): boolean => m.start >= start && m.end <= end;
  // A capital past the first word is a name the index may not know ("a report for Oxfam"): someone is named. A
  // weekday or month is no one ("the statement from Friday").
  if (words.slice(1).some((w) => /^\p{Lu}/u.test(w) && !calendarWords(w.replace(/['’]s?$|[,.;:]+$/gu, ''))))
    return false;
  // "One message said:", "Another letter read:": the capitalised opener is a determiner read as a name, no maker.
  const opener = start + words[0]!.length;
  const maker = (m: { start: number; end: number }): boolean =>
    inside(m) && !(m.start === start && m.end === opener && OPENER.test(words[0]!));
  return !(index.mentions[sentence.id] ?? []).some(inside) && !(index.others[sentence.id] ?? []).some(maker);
}
