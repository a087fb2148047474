import { conditionalPresent } from './conditional-present';
import { coordinatedModalClause } from './coordinated-modal-clause';
import { eachMatch } from './each-match';
import { holdsVerb } from './holds-main-verb';
import { lastConjunct } from './last-conjunct';
import { lowerStart } from './lower-start';
import { modalClause } from './modal-clause';
import { subjectAfterOpening } from './opening-phrase';
import { cutClause } from './question-clauses';
import { quotedInPhrase } from './quoted-in-phrase';
import { secondReportAt } from './same-source-caveat';
import { VERB_BASES } from './verb-base-set';
import data from './verb-bases.json' with { type: 'json' };
import { verbFormKind } from './verb-form-kind';

/** The "Will …?" question of a clause with a modal (split out of question-clauses.ts, whose cut it uses). */

/** A piece of legislation as a subject's head ("the chairman's bill", "the proposal", "the Sanctions Act"). */
const LEGISLATION_HEAD =
  /\b(?:bill|legislation|measure|proposal|amendment|resolution|provision|ordinance|regulation|act)s?$/i;

/** Words WordNet reads as verbs more often than as nouns (src/train/build-verb-bases.ts). */
const VERBS: ReadonlySet<string> = VERB_BASES;
/** Nouns whose first WordNet sense is an intention: "plan", "goal", "aim", "purpose" (buildIntentionNouns). */
const INTENTIONS: ReadonlySet<string> = new Set((data as { intentions: string }).intentions.split(' '));
/** A possessor and the noun it holds, at the subject's end: "her plan", "Ann Bell's main goal", "the council's aim". */
const POSSESSED_HEAD = /(?:\b(?:his|her|their|its|our|my|your)|\w['’]s?)\s+(?:[a-z-]+\s+)?([a-z]+)$/i;

/**
 * Whether "<subject> is to be …" states what the subject's possessor means to do: "Ann Bell's plan is to be done by
 * June" is her intention to be done, and "Will Ann Bell's plan be done …?" asks of the plan itself. A possessed noun
 * whose first WordNet sense is an intention says so; "her budget is to be published" schedules the noun.
 */
function possessedIntention(subject: string, modal: string, verbPhrase: string): boolean {
  if (!/^(?:is|are|was|were) to$/i.test(modal) || !/^be\b/i.test(verbPhrase)) return false;
  // "The mayor's plan is to be unveiled on Monday": a passive participle after "be" is an act done to the plan, a
  // scheduled event, so the plan is asked of (review 50's B-r50-7); "done", "through" are a state of its holder's.
  const after = verbPhrase.split(/\s+/)[1]?.toLowerCase() ?? '';
  if (/[a-z]ed$/.test(after) || verbFormKind(after) === 'irregular') return false;
  const head = POSSESSED_HEAD.exec(subject)?.[1]?.toLowerCase();
  return head !== undefined && (INTENTIONS.has(head) || INTENTIONS.has(head.replace(/s$/, '')));
}
/**
 * A word that makes the "-s" word after it a noun ("the towns", "some plans"): determiners.ts's list with quantifiers
 * and numbers, but not "that", which before an "-s" word may be a relative ("that runs").
 */
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|my|your|this|these|those|some|many|all|both|\d[\d,.]*)$/;
/** A wh-word that can open a verb's complement: "declined to define what …", "asked how …", "knows whether …". */
const WH_WORD = /\b(?:what|whether|how|why|when|where|if)\b/gi;

/**
 * Whether words before a modal hold a verb whose wh-complement holds the modal: "Trump declined to define what such a
 * deal would include" puts "would" inside the object of "define", so "Trump … what such a deal" is no subject and
 * "Will Trump declined to define what such a deal include?" alters the copy. A wh-word after a noun ("the town where
 * he grew up will host…") opens a relative clause of the subject, which keeps asking.
 */
function verbBeforeWh(subject: string): boolean {
  for (const wh of eachMatch(WH_WORD, subject)) {
    const before = subject.slice(0, wh.index).trim().split(/\s+/);
    const last = (before.pop() ?? '').replace(/[,;:]$/, '');
    const prev = before.at(-1)?.toLowerCase() ?? '';
    // An "-s" word is a verb only when WordNet reads its stem as one and no determiner makes it a noun ("the towns").
    const finite = /s$/.test(last) ? VERBS.has(last.slice(0, -1)) && !DETERMINER.test(prev) : holdsVerb(last);
    if (finite || (prev === 'to' && VERBS.has(last.toLowerCase()))) return true;
  }
  return false;
}

/** Verbs WordNet gives a that-clause frame ("confirm", "warn"; buildThatVerbs in build-verb-bases.ts). */
const THAT_VERBS: ReadonlySet<string> = new Set((data as { thatVerbs: string }).thatVerbs.split(' '));

/**
 * A verb phrase up to a coordinated "and that …": the reporting tag's second clause ("said the pool would close on
 * Friday and that repairs would …"). It is the phrase's own only after a "that" of its own or a verb that takes a
 * that-clause ("would confirm the fares and that the fleet would be replaced").
 */
function secondThatClause(phrase: string): string {
  // "would reopen in May and insists that …": the reporting source's second claim (same-source-caveat.ts).
  const verbPhrase = phrase.slice(0, secondReportAt(phrase));
  const at = verbPhrase.search(/,?\s+and\s+that\s/i);
  if (at <= 0 || /\bthat\b/i.test(verbPhrase.slice(0, at))) return verbPhrase;
  return THAT_VERBS.has(verbPhrase.split(/\s+/)[0]!.toLowerCase()) ? verbPhrase : verbPhrase.slice(0, at);
}

/** "Will the Conservatives announce their proposals?" from the clause, when it has a modal. */
export function willQuestion(clause: string, properWords: Set<string>): string | null {
  const modal = modalClause(clause);
  // "Will it raise rates…?" names no one: a pronoun left unresolved is shown as the passage instead. A lone adverb
  // before the modal is no subject but an inversion's opening ("First will come the vote"): its subject follows the
  // verb, and "Will first come the vote?" is no question; the passage is shown ("there will be" keeps its "there").
  if (!modal || /^(?:it|they|he|she|we|you|i|first|next|then|now|soon|later|also|here|finally)$/i.test(modal.subject))
    return null;
  if (verbBeforeWh(modal.subject)) return null;
  // "His plan is to be done by June": the possessor's intention, no event of the plan's; the passage is shown.
  if (possessedIntention(modal.subject, modal.modal, modal.verbPhrase)) return null;
  // "said the company would not pay a special dividend": a negated modal states a decision, not a plan to ask about;
  // "Will the company not pay …?" reads it as pending (audit 49's B-a49-9). The passage is shown, and the kind gate
  // decides whether it is open at all. "would not only cut … but" negates nothing.
  if (/^(?:not(?!\s+only\b)|never|no longer)\b/i.test(modal.verbPhrase)) return null;
  // "The chairman's bill would prohibit the president from waiving sanctions": what a bill would do is
  // its text; what is open is whether it passes, which the sentence does not ask: the passage is shown.
  if (/^would\b/i.test(modal.modal) && LEGISLATION_HEAD.test(modal.subject)) return null;
  // "Will according to the schedule, Thiel speak…?": a phrase before the subject never sits after "Will".
  const opened = subjectAfterOpening(lastConjunct(modal.subject));
  if (!opened) return null;
  const subject = lowerStart(opened, properWords);
  // "would be published once the board had approved it": reported past back to the present.
  // "plans to vote in the primary but is undecided": a second predicate with its own finite verb is no part of
  // what will be done ("Will she vote in the primary?"). Nor is "and that …" where the phrase has no "that" of its
  // own: the tag's second reported clause ("said the pump would fail and that repairs would …"; audit 51's B-a51-5).
  const own = secondThatClause(coordinatedModalClause(modal.verbPhrase)).replace(
    /,?\s+(?:but|yet)\s+(?:is|are|was|were|has|have)\b.*$/i,
    '',
  );
  const verbPhrase = conditionalPresent(cutClause(own, 18)).replace(
    /\b(once|until|after|before|when) ((?:the |a |an )?[\w'’-]+(?: [\w'’-]+)?) had (?=\w+ed\b)/i,
    (m, conj: string, noun: string, at: number, phrase: string) =>
      // A quoted "had" is the speaker's word and stays as written.
      quotedInPhrase(phrase, at) ? m : `${conj} ${noun} ${/[^s]s$/.test(noun) ? 'have' : 'has'} `,
  );
  return modal.notYet ? `When will ${subject} ${verbPhrase}?` : `Will ${subject} ${verbPhrase}?`;
}
