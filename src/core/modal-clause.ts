import { eachMatch } from './each-match';
import { scheduledDueTo } from './mask-scheduled-due-to';
import { nounPlan } from './noun-plan';
import { phrasalVerbEnd } from './phrasal-verb-end';
import { predicativeBeTo } from './predicative-be-to';

/**
 * The subject and verb phrase around a modal or a verb of intent ("the Conservatives would announce X",
 * "the council plans to close the depot"), for "Will <subject> <verb phrase>?": split out of
 * question-clauses.ts, which phrases with it.
 */
export interface ModalClause {
  subject: string;
  /** Verb phrase in its base form ("announce their proposals"). */
  verbPhrase: string;
  /** True for "has yet to": the question is when, not whether. */
  notYet: boolean;
  /** The modal or verb of intent, as written ("would", "plans to"). */
  modal: string;
}

/**
 * A modal and the adverbs after it that are no part of what will be done: "will most likely vote" asks "Will X vote?",
 * the hedge being what the question asks.
 */
const MODAL =
  /\s+(?:will|would|shall|must|(?:is|are|was|were) (?:set|expected|due|scheduled|poised|likely|about|going|to)(?: to)?|(?:has|have|is|are) yet to|(?:plans?|hopes?|intends?|aims?|needs?|wants?) to|need to)\s+(?:however\s+|also\s+|still\s+|now\s+|then\s+)?(?:(?:most |very |quite |almost )?(?:likely|probably|possibly|perhaps|certainly|surely)\s+)?/gi;
/**
 * Words that open a clause of which the words before a modal are then part. "how"/"why" open an indirect question:
 * in "X earns $38,000 and asked how she would pay", "would" is the question's ("how she would pay"), not X's. "A
 * decision on whether to sell is expected" holds a "whether" with no subject of its own, so the modal is the
 * decision's; "doubts about whether Congress will heed …" gives the "whether" a subject, and the modal is its clause's
 * (sample 35's #34, asked "Will the clash raised serious doubts about whether Congress heed …?").
 */
const SUBORDINATE =
  /\b(?:which|who|that|whether(?!\s+(?:or\s+not\s+)?to\b)|(?<!\b(?:on|about|over) )whether|if|when|where|because|how|why|said|says|say|believe|believes)\b|["“”]/i;
/**
 * A verb phrase never starts with a time word, a preposition or a determiner: "a decision is expected next month", "a
 * hearing is set for May 9" have none, nor "The stadium is to the north of the city", "The bill is set to a vote".
 */
const NOT_A_VERB =
  /^(?:next|this|last|in|on|by|at|for|within|later|soon|early|before|after|shortly|today|tomorrow|the|a|an|its|their|his|her|our|my|your|these|those)\b/i;
/** "was expected to pass": an expectation the story has already overtaken. */
const PAST_EXPECTATION = /^\s+(?:was|were) (?:set|expected|due|scheduled|poised|likely|about|going)\b/i;
/**
 * "The campaign reiterated plans to try…": after a verb in the past, "plans" (hopes, needs, aims…) is
 * that verb's object, a noun, so the words before it hold a finite verb and are no subject.
 */
const NOUN_OR_VERB = /^\s+(?:plans?|hopes?|intends?|aims?|needs?|wants?)\s/i;
const MAX_SUBJECT_CHARS = 600;
const DUE = /\bdue\b/i;
const BE_TO = /^\s+(?:is|are|was|were) to\s/i;
/**
 * An adverb between the subject and its modal ("The bill still must clear …", "The council also will …"): no part of
 * the subject. Left in it, "Will the bill still clear …?" turns the "still" of "yet" into the "still" of "despite" (sample
 * 34's #44); the same adverbs after the modal are dropped by MODAL.
 */
const PRE_MODAL_ADVERB =
  /\s+(?:still|also|now|then|(?:most |very )?(?:likely|probably|possibly|perhaps|certainly|surely))$/i;
const PAST_VERB_END = /(?:^|\s)(?:[a-z]{3,}ed|made|laid|set out|gave|took|drew|put forward)$/;

/** Words ending in a possessive ("her", "the mayor's"): what follows them is a noun, never their verb. */
export const POSSESSIVE_END = /(?:^|\s)(?:her|his|their|its|our|my|your)$|['’]s?$/i;

/** A finite verb or auxiliary of the subject's own (outside a relative clause it may hold), contracted too ("he'll fight"). */
const OWN_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|did|does|do|can|could|must|should)\b|n['’]t\b|\w['’](?:ll|ve|re|d)\b/i;

/**
 * Whether words before a modal can stand as its subject: a noun phrase spans no clause break (";",
 * ":") and holds no verb of its own. "Under FOIA, agencies are not necessarily expected to find every
 * record; rather, they are expected to produce…" gives the second modal a whole clause and a semicolon
 * as its subject: no "Will …?" is made of it, and the passage is shown with its kind.
 */
function nounPhraseSlot(subject: string): boolean {
  if (/[;:]/.test(subject)) return false;
  // "Her plan to cut taxes will…": a possessive is a determiner, the noun after it no verb of the subject's.
  if (POSSESSIVE_END.test(subject)) return false;
  const head = subject.replace(/(?:,\s*|\s)(?:who|whom|whose|which|that)\b[^,]*(?:,|$)/gi, ' ');
  return !OWN_VERB.test(head);
}

/**
 * "the Conservatives would announce X" -> { subject: "the Conservatives", verbPhrase: "announce X" }.
 * A modal inside a relative clause ("which cinemas will receive") is skipped for the main one.
 */
export function modalClause(clause: string): ModalClause | null {
  const options: Array<ModalClause & { raw: string }> = [];
  for (const match of eachMatch(MODAL, clause)) {
    // "was expected to pass": the story has moved on; no open question in this clause.
    if (PAST_EXPECTATION.test(match[0])) return null;
    // A subject is at most 14 words: past this many characters every later match's is longer too, and reading
    // each one whole made a clause of thousands of "plans to" quadratic (review s32 B-main-17).
    if (match.index > MAX_SUBJECT_CHARS) break;
    const subject = clause.slice(0, match.index).trim().replace(PRE_MODAL_ADVERB, '');
    const verbPhrase = clause
      .slice(match.index + match[0].length)
      .replace(/^to\s+/i, '')
      .trim();
    if (
      subject.length < 2 ||
      subject.split(/\s+/).length > 14 ||
      // "The sale opened at 8am and will close": the modal's subject is the first clause's, not this run.
      /\s(?:and|but|or)$/i.test(subject) ||
      // "Maybe it will be expected": an adverb is no subject.
      /^(?:maybe|perhaps|probably|possibly|surely|certainly)\b/i.test(subject) ||
      !/^[a-z]/.test(verbPhrase) ||
      NOT_A_VERB.test(verbPhrase) ||
      (NOUN_OR_VERB.test(match[0]) &&
        (PAST_VERB_END.test(subject) ||
          phrasalVerbEnd(subject) ||
          nounPlan(subject, match[0].trim().split(/\s+/)[0]!, verbPhrase))) ||
      !nounPhraseSlot(subject) ||
      // "The increase is due to demand for berths": "due to" before a noun is the subject's cause, no schedule, and
      // "Will the increase demand for berths?" is no question; the cause readers' grammar decides which it is.
      (DUE.test(match[0]) && !scheduledDueTo(subject, verbPhrase, true)) ||
      // "a broken valve was to blame and …": a be-to whose verb lacks its object is predicative, no plan.
      (BE_TO.test(match[0]) && predicativeBeTo(verbPhrase))
    )
      continue;
    // "The contract, which would hand the route to X, ..." -> "the contract".
    const bare = subject.replace(/,\s+(?:which|who)\b[^,]*,?$/i, '').trim();
    options.push({
      subject: bare,
      raw: subject,
      verbPhrase,
      notYet: /\byet to\b/i.test(match[0]),
      modal: match[0].trim(),
    });
  }
  const chosen =
    options.find((o) => !SUBORDINATE.test(o.raw)) ?? (options.length > 1 ? options[options.length - 1]! : null);
  return (
    chosen && { subject: chosen.subject, verbPhrase: chosen.verbPhrase, notYet: chosen.notYet, modal: chosen.modal }
  );
}
