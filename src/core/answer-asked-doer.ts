import type { Analysis } from './analysis-types';
import type { QuestionTerms } from './answer-terms';
import { saidTerms } from './answer-when-verb';
import { firstWhere } from './first-where';
import { holdsVerb } from './holds-main-verb';
import { irregularVerbLemma } from './irregular-verb-lemma';
import { type AnswerType, carriesAnswerType } from './question-type';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { VERB_BASES } from './verb-base-set';

/**
 * "When did Harrowgate score?" over "Dalby moved up after Ashworth's header sank a wasteful Harrowgate side" and
 * "Harrowgate went ahead in the 23rd minute when…": the ranker reads which words a sentence shares with the question,
 * not who does what in it, so a sentence where the asked party is only the object, the possessor or a modifier of
 * another party's act can outrank the one where it does the act (audit 48, B-a48-4). When the question names its
 * doer ("did <Name> <verb>"), a best sentence naming that party only in another slot gives way to the best-ranked
 * sentence where it opens a clause with a verb of its own, provided that one says every question word the best says
 * and carries a value of the asked type the question does not already say. A name followed by an aside ("Fiorina,
 * the former chief executive who…, made") and a sentence not naming the party at all ("They went ahead…") are left
 * alone: the party may well be the doer there. Measured on the 808, PolNeAR dev, BBC dev and held-out questions
 * (docs/evaluation.md, session 47, ans64b).
 */

/** "did Harrowgate score", "will Dr Shah publish": an auxiliary, the named doer (1–4 capitalised words), a verb. */
const ASKED_DOER =
  /\b(?:did|does|do|has|have|had|will|would|can|could|should|might|may|must)\s+((?:[A-Z][\p{L}'’.-]*\s+){0,3}[A-Z][\p{L}'’.-]*)\s+([a-z]+)/u;
/** "How many users does Twitter have?": what a party has the copy says with the party as possessor ("Twitter's users"). */
const HAVING = /^(?:have|has|had|own|owns|hold|holds|keep|keeps|get|gets)$/;
/**
 * "…," said Cuban: an inverted speech tag's speaker comes after its verb and still does the act; after "say" or "think"
 * ("Friends say Manafort has not lived…") the name opens the reported clause. A list of its own, not speech-verbs.ts's
 * sets: those hold verbs whose next name is the one addressed or acted on ("a reporter can be heard asking Trump",
 * "accused Trump of …"), which would read the asked party as the doer. Read through QUOTE_VERBS or REPORTING_VERBS,
 * 2 of the 1,032 questions the eval asks changed (one of the 808 then cited that reporter's question; session 49).
 */
const SPEECH_BEFORE =
  /^(?:say|said|says|told|added|asked|wrote|explained|argued|insisted|recalled|replied|think|thinks|thought|believe|believes|believed)$/;
/** Capitalised words of a name that say nothing of whom it names. */
const NOT_A_NAME = /^(?:The|A|An|I|Mr|Mrs|Ms|Dr|Mr\.|Mrs\.|Ms\.|Dr\.)$/;
/** Words after which a name opens a clause: the sentence's start aside, conjunctions and subordinators. */
const CLAUSE_OPENER =
  /^(?:and|but|so|then|when|after|before|as|while|because|since|until|once|if|although|though|that|where|whereas)$/i;
/** Auxiliaries and adverbs that may stand between a doer and its verb ("Harrowgate had", "Kells also"). */
const BETWEEN = /^(?:had|has|have|will|would|could|also|then|later|finally|eventually|now|still|never|[a-z]{3,}ly)$/;
/** "Harrowgate were beaten": a form of "be" before a participle makes the party the one acted on. */
const BE = /^(?:is|are|was|were|been|being)$/;
const PARTICIPLE =
  /^(?:[a-z]{3,}(?:ed|en)|beat|held|led|left|hit|cut|put|set|sent|won|lost|caught|made|paid|sold|kept)$/;

/**
 * A time the shared TIME shape (question-type.ts) does not read: a point in a match or race ("in the 23rd minute",
 * "on the 12th lap"). Kept here, not in the ranker's features (no refit).
 */
const TIMED =
  /\b(?:in|on|at|after|before|during|by) the \d+(?:st|nd|rd|th) (?:minute|lap|round|inning|innings|over|hole|quarter|period|mile|day)\b/i;
/** A value of the asked type the question does not already say ("Golden Week" is the asked name, not a date). */
function carries(type: AnswerType, text: string, asked: ReadonlySet<string>): boolean {
  const fresh = text
    .split(/\s+/)
    .filter((w) => !asked.has(bare(w).toLowerCase()))
    .join(' ');
  return carriesAnswerType(type, fresh, new Set()) || (type === 'time' && TIMED.test(fresh));
}

const bare = (token: string): string => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, '');
const possessive = (token: string): boolean => /['’]s?$/.test(bare(token));
const capitalised = (token: string): boolean => /^\p{Lu}/u.test(bare(token));

/**
 * A finite verb, roughly: an auxiliary or "-ed" form (holdsVerb), an irregular past, or a verb's base or "-s" form.
 * The "-s" form only by its bare stem, not regularVerbBases's candidates: against VERB_BASES those read plural nouns
 * as verbs ("cars" → "care", "bits" → "bite", "loss" → "lose"; 25 WordNet forms differ, only "goes" for the better).
 */
function verbLike(word: string): boolean {
  if (holdsVerb(word) || irregularVerbLemma(word) !== undefined) return true;
  return VERB_BASES.has(word) || (word.endsWith('s') && VERB_BASES.has(word.slice(0, -1)));
}

/** The words naming the asked doer, or none when the question names none in the subject slot. */
export function askedDoer(question: string): string[] {
  const m = ASKED_DOER.exec(question);
  return m && !HAVING.test(m[2]!)
    ? m[1]!
        .split(/\s+/)
        .map(bare)
        .filter((w) => w.length > 1 && !NOT_A_NAME.test(w))
    : [];
}

/**
 * How the party, named at `start`..`end` (a run of capitalised tokens), stands in its clause: 'acts' when it opens a
 * clause with a verb of its own (or follows an inverted speech verb), 'other' when it is a possessor, the object of a
 * verb or preposition or a modifier after one ("sank a wasteful Harrowgate side"), 'unclear' when an aside follows
 * it ("Fiorina, the former chief executive who…, made") or no verb does.
 */
function slotOf(tokens: readonly string[], start: number, end: number): 'acts' | 'other' | 'unclear' {
  if (possessive(tokens[end]!)) return 'other';
  const before = tokens[start - 1]?.replace(/[”"’']+$/, '');
  if (before !== undefined && SPEECH_BEFORE.test(before)) return 'acts';
  if (before !== undefined && !/[,;:—–(]$/.test(before) && !CLAUSE_OPENER.test(bare(before))) return 'other';
  if (/[,;:)]$/.test(tokens[end]!) || /^\(/.test(tokens[end + 1] ?? '')) return 'unclear';
  let k = end + 1;
  while (k < tokens.length && BETWEEN.test(bare(tokens[k]!))) k++;
  const next = bare(tokens[k] ?? '');
  if (BE.test(next)) return PARTICIPLE.test(bare(tokens[k + 1] ?? '').toLowerCase()) ? 'other' : 'acts';
  return /^[a-z]/.test(next) && verbLike(next) ? 'acts' : 'unclear';
}

/** 'acts' when the sentence names the party doing a clause's act, 'other' when it names it only in other slots. */
export function doerReading(text: string, names: readonly string[]): 'acts' | 'other' | 'unclear' | 'absent' {
  const tokens = text.split(/\s+/).filter((t) => t.length > 0);
  let reading: 'other' | 'unclear' | 'absent' = 'absent';
  for (let i = 0; i < tokens.length; i++) {
    if (!names.includes(bare(tokens[i]!).replace(/['’]s?$/, ''))) continue;
    let start = i;
    while (start > 0 && capitalised(tokens[start - 1]!) && !/[,;:]$/.test(tokens[start - 1]!)) start--;
    let end = i;
    while (end + 1 < tokens.length && capitalised(tokens[end + 1]!) && !/[,;:]$/.test(tokens[end]!)) end++;
    const slot = slotOf(tokens, start, end);
    if (slot === 'acts') return 'acts';
    if (slot === 'unclear' || reading === 'absent') reading = slot;
    i = end;
  }
  return reading;
}

/** The ranking with a sentence where the asked party does the act first, when the ranker's best has it in another slot. */
export function askedDoerFirst(
  analysis: Analysis,
  ranked: Ranked[],
  question: string,
  { terms, type }: { terms: QuestionTerms; type: AnswerType },
): Ranked[] {
  const top = ranked[0];
  const names = askedDoer(question);
  if (!top || names.length === 0 || type === 'person') return ranked;
  const text = (r: Ranked): string => analysis.sentences[r.index]!.text;
  if (doerReading(text(top), names) !== 'other') return ranked;
  const said = (r: Ranked): string[] => saidTerms(analysis, r.index, terms);
  const topSays = said(top);
  return firstWhere(
    ranked,
    (r) =>
      doerReading(text(r), names) === 'acts' &&
      carries(type, text(r), terms.questionWords) &&
      topSays.every((t) => said(r).includes(t)),
  );
}
