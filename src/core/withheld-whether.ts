import { clauseAfter } from './claim-phrases';
import { withoutCoordinatedPredicate } from './coordinated-predicate';
import { didQuestion } from './did-question';
import { endsPlural } from './ends-plural';
import { firstNameGender } from './first-name-gender';
import { lowerStart } from './lower-start';
import { messageHead } from './message-head';
import { modalClause } from './modal-clause';
import { perfectQuestion } from './perfect-question';
import { personNoun } from './person-noun';
import { personNounSex } from './person-noun-sex';
import { possessionQuestion } from './possession-question';
import data from './verb-bases.json' with { type: 'json' };
import { willQuestion } from './will-question';
import { wordListSet } from './word-list-set';

/** The question of a whether-clause a refuser holds back (split out of charge-questions.ts; refusal-question.ts's refusal asks it). */

/** A verb that holds something back ("declined", "did not", "has not published"): the refusal template's anchor. */
export const WITHHOLD =
  /\s(?:refused|declined|would not|did not|could not|(?:had|has|have) not (?:yet )?(?:published|disclosed|released|revealed|explained|set out|said|indicated)|failed to)\b/i;
/** A noun's whether-clause ("doubts about whether", "questions over whether"): what someone doubted, not what is held back. */
const NOUN_WHETHER =
  /\b(?:doubts?|questions?|concerns?|worries|fears?|speculation|uncertainty|debate|suspicions?|talk|discussions?)\s+(?:about|over|on|as to|regarding)\s+whether\s/i;
const PRONOUN = /^(it|they|he|she)\s+(.+)$/i;
/**
 * Verbs WordNet mostly files as a state (verb.stative, verb.weather: "cost", "last", "require"; built by
 * src/train/build-verb-bases.ts), "be" among them: their "it" is what costs or lasts, never the refuser that decides.
 */
const states = wordListSet(data.states);
function stateVerb(verbPhrase: string): boolean {
  return states().has(/^(?:not\s+)?([a-z]+)/i.exec(verbPhrase)?.[1]?.toLowerCase() ?? '');
}
/** "it is appropriate for …", "it was wise to …": an "it" that points forward to its own clause, no referent to name. */
const EXTRAPOSED = /^it\s+(?:is|was)\s+(?:\w+ly\s+)?[a-z]+\s+(?:for|to|that)\b/i;

/**
 * The whether-clause the refuser holds back ("declined to say whether the plant would close"): only one
 * governed by the withholding verb, in its own clause. "She did not reveal it in 2008, when she sought
 * to calm doubts about whether she was tough enough" has a whether-clause, but behind a comma and of a
 * noun: it is a past doubt, not what the sentence says is unknown.
 */
function heldBack(text: string): string | null {
  // "wouldn't discuss whether", "hasn't said whether": a contracted negative holds back as "would not" does.
  const verb = WITHHOLD.exec(text) ?? /n['’]t\b/.exec(text);
  if (!verb) return null;
  const after = text.slice(verb.index + verb[0].length);
  const at = /\bwhether\s+/i.exec(after);
  if (!at || /[,;:—–]/.test(after.slice(0, at.index)) || NOUN_WHETHER.test(after)) return null;
  // "declined to say whether she would run but confirmed …": the second predicate is the refuser's, not the clause's.
  const clause = clauseAfter(after, /\bwhether\s+/i);
  return clause && withoutCoordinatedPredicate(clause);
}

/**
 * Whether the refuser the sentence names can be what a whether-clause's pronoun stands for, by number and by person:
 * "it" a singular common noun no person ("the council", not "the spokesman"), "they" a plural, "he"/"she" a person
 * whose first name or noun (WordNet's) gives no other sex. The head is the word before any "of"/"for" phrase ("a
 * spokesperson for the union": a spokesperson).
 */
function refuserFits(pronoun: string, named: string): boolean {
  const words = named.split(/\s+(?:of|for|at|from|in|on|with)\s+/i)[0]!.split(/\s+/);
  const head = words.at(-1)!;
  const noun = personNoun(head.toLowerCase());
  if (pronoun === 'it') return /^(?:the|its)$/i.test(words[0]!) && /^[a-z]/.test(head) && !noun && !endsPlural(head);
  if (pronoun === 'they') return endsPlural(head);
  const sex = pronoun === 'he' ? 'male' : 'female';
  const said = words.map((w) => firstNameGender(w) ?? (noun && w === head ? personNounSex(w.toLowerCase()) : null));
  if (said.some((s) => s !== null && s !== sex)) return false;
  return said.includes(sex) || noun;
}

/**
 * The question of the whether-clause in a refusal, "Will the board meet?"; null when the
 * clause is held back but no question reads (the passage is shown); undefined when the sentence holds back none.
 * A pronoun subject ("did not say whether it would appeal") is asked with the refuser the sentence names when they
 * agree ("Will the council appeal against the ruling?": the refuser's own plan, so no "will it say" tail); "Is it the
 * case that it would appeal …" keeps the report's "would" and an unresolved "it" (audit 49's B-a49-7), so otherwise
 * the passage is shown. An "it" that does not act ("whether it would be possible", "whether it would cost more than
 * the £2m first estimated": a state, review 49's B-r49-5) never takes the refuser.
 */
export function withheldWhether(
  text: string,
  who: string,
  named: string | null,
  properWords: Set<string>,
  own: string | null = null,
): string | null | undefined {
  const whether = heldBack(text);
  if (!whether) return undefined;
  const pronoun = PRONOUN.exec(whether);
  const modal = modalClause(whether);
  // The refuser's own pronoun again ("He declined to say whether he …") stands for the refuser named.
  const fitsNamed = (word: string): boolean => named !== null && (word === own || refuserFits(word, named));
  if (pronoun && modal) {
    const word = pronoun[1]!.toLowerCase();
    const fits = fitsNamed(word) && !(word === 'it' && stateVerb(modal.verbPhrase));
    return fits ? willQuestion(`${named} ${pronoun[2]}`, properWords) : null;
  }
  // "whether it was a violation": an "it" or "they" no later pass resolves ("he"/"she" are named by pronoun-subject).
  // An extraposed "it" ("whether it is appropriate for a judge to …") stands for the clause after it and reads alone.
  if (pronoun && /^(?:it|they)$/i.test(pronoun[1]!) && !EXTRAPOSED.test(whether)) return null;
  const asked = willQuestion(whether, properWords);
  // "declined to say whether Kern supported the approach": a named subject's one past or present verb asks plainly,
  // "Did Kern support the approach?" (audit 54's B-a54-20), the person named being whom to ask; "whether he backed
  // it" takes the refuser the sentence names when the pronoun fits them.
  const person = pronoun && /^(?:he|she)$/i.test(pronoun[1]!) ? pronoun[1]!.toLowerCase() : null;
  const resolved = person && fitsNamed(person) ? `${named} ${pronoun![2]}` : null;
  const plain = asked
    ? null
    : pronoun
      ? resolved && didQuestion(resolved)
      : (didQuestion(whether) ?? perfectQuestion(whether) ?? possessionQuestion(whether));
  if (plain) return plain;
  // "declined to say whether the ministry would oppose the package": the clause is the open question, asked
  // plainly; "…, and will the official say?" added nothing the reader can chase (audit 55's B-a55-3).
  if (asked) return asked;
  // "He declined to say whether he had the votes": the clause names the refuser ("Is it the case that Ana Ruiz had
  // the votes?"), not "…that he had the votes, and will Ana Ruiz say?" (audit 58's B-a58-17); the refuser is the
  // one the question is about, so no "will … say" tail.
  // Only then: a refuser the pronoun merely fits ("an aide for X, who financed Y, declined to say whether he …") may not
  // be whom it stands for.
  // A second question joined on ("… or how much he was paid") is no part of a yes/no one.
  if (resolved && person === own && !/\b(?:or|and)\s+(?:how|what|when|where|why|who|whether)\b/i.test(resolved))
    return `Is it the case that ${resolved}?`;
  const q = `Is it the case that ${lowerStart(whether, properWords)}`;
  // "The statement did not say whether …": a statement carries words and will say nothing more (B-a54-22).
  return messageHead(who.split(/\s+/)) !== null ? `${q}?` : `${q}, and will ${who} say?`;
}

/**
 * "Is it the case that Marco Rubio still supported …, and will his representatives say?" once pronoun-subject.ts has
 * named the whether-clause's "he": the plain question ("Did Marco Rubio still support …?") where its parts allow one.
 */
export function namedWithheld(question: string): string {
  const frame = /^Is it the case that (.+), and will .+ say\?$/.exec(question);
  return (frame && didQuestion(frame[1]!)) ?? question;
}
