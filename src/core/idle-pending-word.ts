import { gateWindow } from './gate-window';
import { NOT_A_NOUN } from './not-a-noun';
import { VERB_BASES } from './verb-base-set';
import data from './verb-bases.json' with { type: 'json' };

/** Words WordNet reads as verbs more often than as nouns (src/train/build-verb-bases.ts). */
const VERBS: ReadonlySet<string> = VERB_BASES;
/** Verbs WordNet gives the frame "Somebody ----s VERB-ing" ("stop", "begin", "keep"; buildGerundVerbs). */
const GERUND_VERBS: ReadonlySet<string> = new Set((data as { gerunds: string }).gerunds.split(' '));
/**
 * "-ing" words WordNet lists as a noun or adjective of their own ("voting", "ruling"; buildIngModifiers). Only such a
 * word can modify the noun after a verb; frame 33 is too sparse to tell the rest ("suspend", "resume", "postpone" lack
 * it), so "has suspended reviewing complaints" keeps its gerund (review 50's B-r50-8).
 */
const ING_MODIFIERS: ReadonlySet<string> = new Set((data as { ingModifiers: string }).ingModifiers.split(' '));

/**
 * The base forms a verb form before the -ing word may have: "restore", "restored" → "restore", "stopped" → "stop".
 * Not regularVerbBases: that one adds "-ing" stems, "-e" after any ending and a doubled letter's drop after any ending,
 * which a small lexicon (source verbs) absorbs but VERB_BASES's thousands do not ("good" → "go", "cars" → "care",
 * "meeting" → "meet"): over WordNet's words and the eval corpora the two read 2,213 forms differently (tidy50).
 */
function bases(word: string): string[] {
  return [
    word,
    word.replace(/e?d$/, ''),
    word.replace(/d$/, ''),
    word.replace(/(.)\1ed$/, '$1'),
    word.replace(/e?s$/, ''),
  ];
}

/**
 * Whether the word before an -ing word is a verb that takes no gerund: WordNet reads it as a verb and lists no
 * "----s VERB-ing" frame for it, so the -ing word and the noun after it are its object, a compound ("restore voting
 * rights", sample 46's #42), not a gerund with its own object ("stopped counting ballots", "began investigating
 * claims").
 */
function verbTakingNoGerund(before: string): boolean {
  const last = /([a-z]+)\s+$/.exec(before)?.[1];
  if (last === undefined || NOT_A_HEAD.test(last)) return false;
  const forms = bases(last);
  return forms.some((f) => VERBS.has(f)) && !forms.some((f) => GERUND_VERBS.has(f));
}

/**
 * A preposition before an -ing word: "the manipulation of voting machines", "a ban on voting booths" (sample 59's #27).
 * Only a word WordNet lists as a noun or adjective of its own modifies the noun after it there; the rest are gerunds
 * with an object ("accused of rigging elections"). A listed word's gerund with a bare plural object is read as a
 * compound too ("the cost of appealing rulings"), a rare loss.
 */
const PREPOSITION_BEFORE = /\b(?:of|for|on|about|against|over|with|without)\s+$/i;

/** A determiner or possessive that opens a noun phrase: what follows it up to the head modifies the head. */
const OPENS_PHRASE =
  /(?:^|\s)(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|any|no|new|\w+['’]s?)\s+$/i;
/** A word that cannot head the noun phrase: a pronoun, a modal or auxiliary, a determiner, a function word. */
const NOT_A_HEAD =
  /^(?:i|you|he|she|it|we|they|me|him|us|them|himself|herself|itself|themselves|this|these|those|the|a|an|all|any|some|every|each|both|no|its|his|her|their|our|my|your|are|was|were|be|been|being|has|have|had|will|would|could|should|can|must|might|shall|does|did|do)$/;
/** A possessive, with up to two modifiers before the noun it owns: "Trump's", "his controversial", "the candidate's". */
const OWNED = /(?:\w['’]s?|\b(?:his|her|their|its|our|my|your))\s+(?:[\w-]+\s+){0,2}$/i;
/** What a possessive holds rather than waits on: a platform, a decision taken, an attraction. */
const HELD = /^(?:proposals?|decisions?|appeal)$/i;
/** A perfect modal: "she would have made a different decision" tells what did not happen. */
const COUNTERFACTUAL = /\b(?:would|could|might|should)(?:\s+not|n['’]t)?\s+have\s+(?:[\w-]+\s+){0,4}$/i;
/** An inverted condition inside the sentence: "… should they dare to vote to leave". */
const INVERTED_CONDITION = /(?:^|[\s,—–-])(?:should|were|had)\s+(?:they|he|she|we|you|it|I)\s+(?:[\w-]+\s+){0,3}$/;
/** A standing right or capacity: "the right to vote", "eligible to appeal". */
const STANDING_RIGHT = /\b(?:rights?|eligible|entitled|freedom)\s+to\s+$/i;

/** Whether a lower-case word heads a noun phrase: no function word, pronoun or auxiliary, and not WordNet's verb. */
function nounHead(word: string): boolean {
  if (NOT_A_NOUN.test(word) || NOT_A_HEAD.test(word)) return false;
  const stem = word.replace(/(?:es|s|ed)$/, '');
  return !VERBS.has(word) && !VERBS.has(stem) && !VERBS.has(word.replace(/s$/, ''));
}

/**
 * Whether one use of a "pending" word (cueless-pending.ts) names no event the story waits on, read by its grammar
 * (issue 13, session 44, kind59): an adjective ("investigative unit") or an -ing form that modifies the noun its
 * phrase heads ("the ruling party", "their voting rights", "his negotiating position", "manipulation of voting
 * machines"); what a possessive holds
 * ("Trump's proposal to …", "his decision to boycott", "the candidate's appeal"); a perfect modal's counterfactual
 * ("she would have made a different decision"); a condition ("should they dare to vote"); a standing right ("the
 * right to vote"). Each reads a bounded stretch beside the word.
 */
export function idlePendingWord(text: string, word: string, at: number): boolean {
  const before = gateWindow.before(text, at, 40);
  if (/ive$/i.test(word)) return true;
  const next = /^ ([a-z][a-z-]*)\b/.exec(gateWindow.after(text, at, word, 24))?.[1];
  const modifies = next !== undefined && nounHead(next);
  const compound =
    ING_MODIFIERS.has(word.toLowerCase()) && (verbTakingNoGerund(before) || PREPOSITION_BEFORE.test(before));
  if (/ing$/i.test(word) && modifies && (OPENS_PHRASE.test(before) || compound)) return true;
  // "his proposed wall", "Reed's proposed levy" (the adjective before its noun), not "he's proposed a wall" (the verb).
  const adjective = /^proposed$/i.test(word) && (modifies || /\b(?:his|her|their|its|our|my|your)\s+$/i.test(before));
  if ((HELD.test(word) || adjective) && OWNED.test(before)) return true;
  return COUNTERFACTUAL.test(before) || INVERTED_CONDITION.test(before) || STANDING_RIGHT.test(before);
}
