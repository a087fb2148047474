import type { Analysis } from '../src/core/analysis-types';
import { isDeterminer } from '../src/core/determiners';
import { coordinatedActAt } from './coordinated-act';
import { formKey } from './form-key';
import { COMPLEMENT, complementEnd } from './subject-complement';

/** Words that may stand between a subject and its verb: auxiliaries, negation, "to", a few adverbs. */
export const BETWEEN =
  /^(?:will|would|shall|should|can|could|may|might|must|has|have|had|is|was|are|were|be|been|being|do|does|did|not|never|also|then|now|still|already|just|to|finally|soon|later)$/;
/** Negation between subject and verb: the clause says the subject did not do the act. */
const NEGATION = /^(?:not|never)$/;
/** How many such words, or a name's capitalised words ("Mayor Tom Reed resigned"), may stand there. */
const REACH = 4;
/**
 * A subject relative pronoun: "Ivo Dane, who chairs the committee" has Dane chairing it, as the relative's verb follows
 * the pronoun straight away. When another subject stands between ("the board, which Dane chairs"), the antecedent is
 * the verb's object and does not do the act.
 */
const RELATIVE = /^(?:who|which|that)$/;

/**
 * Whether the article has `subject` doing the act of `verb` (a base or participle, as the last question had it): a
 * clause of the headline or body where the subject's head stands before a form of the verb with at most a few of a name's
 * capitalised words or auxiliaries between them ("the trustees will close", "Mayor Tom Reed resigned", "the vote was postponed").
 * "what about the trustees?" after "why will the libraries close on Sundays?" asks the last question of the trustees
 * only when the article has them closing something; otherwise the reporter is asking what the article says of them.
 */
export function doesTheAct(analysis: Analysis, subject: string, verb: string): boolean {
  return doesAnAct(analysis, subject, actOf(verb));
}

/** Whether the article has `subject` doing any of the acts whose keys (formKey) are `acts`, read as doesTheAct reads one. */
export function doesAnAct(analysis: Analysis, subject: string, act: (word: string) => boolean): boolean {
  const head = subjectHead(subject);
  if (head === undefined) return false;
  return clausesOf(analysis).some((parts) => actInClauses(parts, head, act));
}

/**
 * Which clauses count as the subject doing the act: `any` (a passive's subject too, "the vote was postponed"),
 * `active` (the doer of a who-question's act: a passive's subject never is, the agent of its "by" is), or `passive`
 * (the one a passive who-question asks after: "who was arrested?" is answered by the subject of "was arrested").
 */
export type Voice = 'any' | 'active' | 'passive';

/**
 * Whether the article has `subject` as the doer of `verb`, for a who-question's "who": as doesTheAct, but a passive
 * ("The contract was signed … by Ruth Hale") never makes its subject the doer, and the agent of its "by" is one
 * (review s45 B-r45-4: "and where?" became "where did the Dunmore ferry contract sign the contract?"). For a passive
 * who-question ("who was arrested?") the other way round: only a passive's subject is the one asked after, never the
 * police who arrested (review s46 B-r46-2).
 */
export function doesTheActAsDoer(analysis: Analysis, subject: string, verb: string, voice: Voice = 'active'): boolean {
  const head = subjectHead(subject);
  if (head === undefined) return false;
  return clausesOf(analysis).some((parts) => actInSentence(parts, head, actOf(verb), voice));
}

/**
 * Whether one sentence has `subject` doing the act of `verb`, read as doesTheAct reads the article: "why did Piet
 * Kuiper refuse …?" is answered only by sentences where Kuiper refuses, not by another's reason (review s44 B-r44-9).
 * "was signed … by Ruth Hale" has Hale signing, as the doer check reads it (review s45 B-r45-4), unless the question
 * was a passive one.
 */
export function doesTheActIn(text: string, subject: string, verb: string, voice: Voice = 'any'): boolean {
  const head = subjectHead(subject);
  if (head === undefined) return false;
  return actInSentence(clauses(text), head, actOf(verb), voice);
}

/** The act of a verb as a test of one word: any form sharing its key ("signs", "signed", "signing" for "sign"). */
function actOf(verb: string): (word: string) => boolean {
  const key = formKey(verb);
  return (word) => formKey(word) === key;
}

/** A sentence's clauses with the head doing the act in `voice`; outside a passive question, a passive's "by" agent too. */
function actInSentence(
  parts: readonly (readonly string[])[],
  head: string,
  act: (word: string) => boolean,
  voice: Voice,
): boolean {
  if (actInClauses(parts, head, act, voice)) return true;
  return voice !== 'passive' && parts.some((words) => byAgent(words, head, act));
}

function actInClauses(
  parts: readonly (readonly string[])[],
  head: string,
  act: (word: string) => boolean,
  voice: Voice = 'any',
): boolean {
  return parts.some(
    (words, k) => actsIn(words, head, act, voice) || (apposed(words, head) && actOpens(parts, k, act, voice)),
  );
}

/**
 * Whether the act at `words[at]` is in the voice asked for: a passive participle only for `passive`, never for `active`.
 * A coordinated participle with no auxiliary of its own shares the first verb's (at `first`): "were moved … and given".
 */
function inVoice(words: readonly string[], at: number, voice: Voice, first = at): boolean {
  const passive = passiveAt(words, at) || (first !== at && words[at - 1] === 'and' && passiveAt(words, first));
  return voice === 'any' || passive === (voice === 'passive');
}

/** A form of "be" before a participle makes a passive: "was signed", "has been signed", "were not signed". */
const BE = /^(?:is|was|are|were|be|been|being)$/;

/** Whether `words[at]` is a passive participle: a form of "be" among the auxiliaries before it, and no -ing. */
function passiveAt(words: readonly string[], at: number): boolean {
  if (/ing$/i.test(words[at] ?? '')) return false;
  for (let j = at - 1; j >= 0 && BETWEEN.test(words[j]!.toLowerCase()); j--)
    if (BE.test(words[j]!.toLowerCase())) return true;
  return false;
}

/** A passive clause whose "by" names the head among its next few words: "was signed on Monday by Ruth Hale". */
function byAgent(words: readonly string[], head: string, act: (word: string) => boolean): boolean {
  const at = words.findIndex((word, i) => act(word.toLowerCase()) && passiveAt(words, i));
  if (at < 0) return false;
  const by = words.indexOf('by', at + 1);
  if (by < 0) return false;
  // The agent's noun phrase: a determiner or a name's capitalised words, up to its head.
  for (let j = by + 1; j < words.length && j <= by + REACH; j++) {
    if (formKey(words[j]!.toLowerCase()) === head) return true;
    if (!isDeterminer(words[j]!) && !/^\p{Lu}/u.test(words[j]!)) break;
  }
  return false;
}

/** Each analysis's headline and sentences split into clauses once: a reply may check several doers against them. */
const SPLIT = new WeakMap<Analysis, string[][][]>();

function clausesOf(analysis: Analysis): string[][][] {
  let split = SPLIT.get(analysis);
  if (!split) {
    split = [analysis.title, ...analysis.sentences.map((s) => s.text)].map(clauses);
    SPLIT.set(analysis, split);
  }
  return split;
}

/**
 * A clause that ends with the subject's head, set off by commas before its verb: "The trust's director, Ivo Blake,
 * said …" or "Ivo Blake, the trust's director, said …" (one aside between), as news copy names a speaker.
 */
function apposed(words: readonly string[], head: string): boolean {
  // "Ruth Hale, not Omar Reddy, signed": a contrastive aside names one who did not (review s44 B-r44-7).
  if (CONTRAST.test(words[0] ?? '') || /^rather than$/i.test(words.slice(0, 2).join(' '))) return false;
  return words.length > 0 && formKey(words.at(-1)!.toLowerCase()) === head;
}

/** A word opening an aside that sets its name against the subject's: "not", "never", "unlike", "instead of". */
const CONTRAST = /^(?:not|never|unlike|instead|nor)$/i;

/** Whether the clause after `k`, or the one after an aside, opens with the act (auxiliaries before it allowed). */
function actOpens(
  parts: readonly (readonly string[])[],
  k: number,
  act: (word: string) => boolean,
  voice: Voice,
): boolean {
  const after = [parts[k + 1], parts[k + 2]];
  // A comma inside the aside's list of names ("the deputy chairman of the Dunmore, Harwick and Kelso trust"): a clause
  // ending on a capital and the next opening on one go on as one aside (review s44 B-r44-7), a few at most.
  for (let j = k + 2; j < k + 5 && continuesList(parts[j - 1], parts[j]); j++) after.push(parts[j + 1]);
  return after.some((words = []) => {
    // "Ivo Dane, who chairs …": the relative clause's antecedent is its subject.
    const from = RELATIVE.test(words[0]?.toLowerCase() ?? '') ? 1 : 0;
    const at = words.findIndex((word, i) => i >= from && !BETWEEN.test(word.toLowerCase()));
    if (at < 0 || words.slice(0, at).some((word) => NEGATION.test(word.toLowerCase()))) return false;
    return act(words[at]!.toLowerCase()) && inVoice(words, at, voice);
  });
}

/** Whether `next` goes on with a list of names `before` ended on: both capitalised where the comma stands. */
function continuesList(before: readonly string[] = [], next: readonly string[] = []): boolean {
  return /^\p{Lu}/u.test(before.at(-1) ?? '') && /^\p{Lu}/u.test(next[0] ?? '');
}

/** The subject's head word, as a key: its last word once its determiner and complement are gone ("the ferry deal" → "deal"). */
export function subjectHead(subject: string): string | undefined {
  const all = subject.split(/\s+/).filter((word) => word && !isDeterminer(word));
  // "the tenants of Kelso Court" is read by "tenants", the head before its complement.
  const at = all.findIndex((word, i) => i > 0 && COMPLEMENT.test(word));
  const words = at > 0 ? all.slice(0, at) : all;
  const last = words.at(-1)?.replace(/[^\p{L}\p{N}'’-]/gu, '');
  return last ? formKey(last.toLowerCase()) : undefined;
}

/** The clauses of a text as lists of words, as written: commas, dashes and quotation marks end a clause. */
export function clauses(text: string): string[][] {
  return text
    .split(/[,;:()—–"“”]/)
    .map((part) => (part.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).map((w) => w.replace(/['’]s?$/, '')))
    .filter((words) => words.length > 0);
}

function actsIn(words: readonly string[], head: string, act: (word: string) => boolean, voice: Voice): boolean {
  for (let i = 0; i < words.length; i++) {
    if (formKey(words[i]!.toLowerCase()) !== head) continue;
    // "the trustees who approved the plan": a subject relative right after the head; a name after it is the
    // relative's own subject ("the board that Dane chairs"), so only auxiliaries may follow it.
    const relative = RELATIVE.test(words[i + 1]?.toLowerCase() ?? '');
    // "The tenants of Kelso Court said": the head's complement stands between it and its verb.
    const from = relative ? i + 2 : complementEnd(words, i + 1, act);
    for (let j = from; j < words.length && j <= from + REACH; j++) {
      const word = words[j]!.toLowerCase();
      // "Ruth Hale and Omar Reddy signed": a name coordinated after the head shares its verb (session 45's leftover).
      if (word === 'and' && !relative && /^\p{Lu}/u.test(words[j + 1] ?? '')) continue;
      // "The contract was signed": a passive's subject is what the act is done to, not its doer.
      if (act(word)) {
        if (inVoice(words, j, voice)) return true;
        break;
      }
      // "Marsh did not sign", "has never resigned": the act is denied, not done (review s43 B-r43-6).
      if (NEGATION.test(word)) break;
      // A name's capitalised words ("Mayor Tom Reed resigned") or an auxiliary; any other word ends the subject, and
      // is its verb, whose coordinated verb phrase may say the act ("run the boatyard and have repaired the gate").
      if (!BETWEEN.test(word) && (relative || !/^\p{Lu}/u.test(words[j]!))) {
        const at = coordinatedActAt(words, j, act);
        if (at >= 0 && inVoice(words, at, voice, j)) return true;
        break;
      }
    }
  }
  return false;
}
