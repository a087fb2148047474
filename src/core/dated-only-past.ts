import { partsOf } from './answer-place-clause';
import type { QuestionTerms } from './answer-terms';
import { MONTHS, WEEKDAYS } from './calendar-words';
import { eachMatch } from './each-match';
import { FORWARD, pastVerbWord } from './past-dated';
import { contentTerms } from './tokenize-words';
import { verbFormKind } from './verb-form-kind';

/**
 * A time a sentence dates something by: a day, a month, a year, a season ("runs out in the spring": a sentence whose
 * only other time is its tag's "said on Monday" still dates the asked act), or a span counted from now.
 */
const MENTION = new RegExp(
  String.raw`\b(?:${WEEKDAYS}|${MONTHS}|1[89]\d\d|20[0-4]\d|yesterday|today|tonight|tomorrow|soon|(?:last|next|this|coming) (?:week|weekend|month|year|spring|summer|fall|autumn|winter)|(?:in|by|until|before|after|during|through) (?:the )?(?:early |late )?(?:spring|summer|autumn|fall|winter)|\w+ (?:days|weeks|months|years) ago)\b`,
  'g',
);
const DETERMINER = /^(?:a|an|the|his|her|their|its|our|this|that|each|every)$/i;
const PREPOSITION = /^(?:of|in|on|at|by|for|with|from|to|into|over|under|after|before|during)$/i;
const HAVE = /^(?:has|have|'s|’s)$/i;
/** Finite helpers of the present: the time hangs on a clause that holds now ("the plant is in Ohio since 2019"). */
const PRESENT_AUXILIARY = /^(?:is|are|am|has|have|does|do)$/;
/** A word of a clause, as partsOf splits them. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** An "-s" verb after its subject ("the bridge reopens"), not a plural after a determiner or preposition ("the plans"). */
const presentForm = (word: string, prior: string): boolean =>
  /[^s]s$/.test(word) &&
  verbFormKind(word) === 'regular' &&
  !DETERMINER.test(prior) &&
  !PREPOSITION.test(prior) &&
  /^[A-Za-z]/.test(prior);

/**
 * The verb a time hangs on, read back from the time within its own clause (the sentence's part between commas,
 * dashes, brackets or quotes): 'ahead' when the clause looks forward ("is set to be released on Oct. 22"), 'past' when
 * the nearest verb before the time is in the past ("98 senators voted last year", "held their first event on Monday"),
 * else 'other' (a gerund, "pointed to Obama endorsing Clinton on Thursday", or no verb before it).
 */
function tenseOfTime(clause: string, at: number): { tense: 'ahead' | 'past' | 'other'; verb?: string } {
  const before = clause.slice(0, at).replace(/\bMay(?= \d)/g, '');
  if (FORWARD.test(before)) return { tense: 'ahead' };
  const words = [...before.matchAll(WORD)].map((m) => m[0]).reverse();
  for (const [k, word] of words.entries()) {
    // "a briefing", "the meeting": after a determiner an -ing word is a noun, not the time's verb.
    if (/^[a-z]+ing$/.test(word) && !DETERMINER.test(words[k + 1] ?? '')) return { tense: 'other' };
    const prior = words[k + 1] ?? '';
    // "announced Monday that the bridge reopens in June", "said the school opens in September": the reported clause
    // has its own tense, so the nearest finite verb of any tense, or the "that" opening the clause, ends the reading.
    if (word === 'that' || PRESENT_AUXILIARY.test(word) || presentForm(word, prior)) return { tense: 'other' };
    if (!pastVerbWord(word)) continue;
    // "of detailed deliberation", "the revised plan": after a determiner or preposition the form is an adjective.
    if (DETERMINER.test(prior) || PREPOSITION.test(prior)) continue;
    // "has deemed Tuesday a day of action": the present perfect holds now, not a dated past.
    if (HAVE.test(prior)) return { tense: 'other' };
    return { tense: 'past', verb: word };
  }
  return { tense: 'other' };
}

/**
 * "When is the Senate going to vote on Corker's bill?" over "…Corker said in an interview Wednesday, pointing out that
 * 98 senators voted last year to insist on a review": every time in the sentence hangs on a past verb in its own
 * clause, so the sentence dates what has happened, not the act the question places ahead (audit 54 B-a54-6; the
 * four-word reach of past-dated.ts missed "voted for a similar package in 2024"). A past form of the asked verb in a
 * clause naming every name the question does ("The pier reopened on Monday" for "when will the pier reopen?") says
 * the act itself has happened, and answers. A sentence with no time at all is left to the other checks.
 */
export function datedOnlyPast(text: string, terms: QuestionTerms): boolean {
  let dated = false;
  for (const part of partsOf(text)) {
    const clause = text.slice(part.start, part.end);
    for (const m of eachMatch(MENTION, clause)) {
      dated = true;
      const { tense, verb } = tenseOfTime(clause, m.index);
      if (tense !== 'past') return false;
      const said = new Set(contentTerms(clause));
      const asked = verb !== undefined && terms.verb !== undefined && contentTerms(verb)[0] === terms.verb;
      if (asked && [...terms.nameTerms].every((t) => said.has(t))) return false;
    }
  }
  return dated;
}
