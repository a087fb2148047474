import type { Analysis } from './analysis-types';
import { countFocus } from './answer-evidence';
import { relatedStems } from './answer-lexicon';
import type { QuestionTerms } from './answer-terms';
import { indexArticle } from './article-index';
import { type AnswerType, carriesAnswerType } from './question-type';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { matchTerm } from './term-match';
import { contentTerms } from './tokenize-words';

/**
 * The reporter's question set before the reply ("Asked how many staff would be hired, a spokesperson said …"), or a
 * party's refusal of one ("declined to say whether he had the votes …", "would not say when …"): the wh-clause up to
 * the clause's end, and what the sentence goes on to say.
 */
export const ASKED_CLAUSE =
  /(?:^[\s"“‘']*(?:when\s+)?asked\s+(?:[\w’'.-]+\s+){0,4}?|\b(?:declined|refused|would\s+not|wouldn['’]t|did\s+not|didn['’]t|could\s+not|couldn['’]t)\s+(?:to\s+)?(?:say|disclose|reveal|confirm|specify)\s+)((?:whether|if|how|what|when|where|who|which)\b[^,;]*)(.*)$/i;
const ASKED_OPENING = /^[\s"“‘']*(?:when\s+)?asked\b/i;
/** Types whose value has a shape a reply either carries or not; a yes/no is answered by the refusal itself. */
const TYPED: ReadonlySet<AnswerType> = new Set(['count', 'money', 'amount', 'quantity', 'time', 'age', 'yesno']);
const NO_ECHOES = new Set<string>();
/** The clause's question word must ask what the reader asks: a figure "how …", a date "when" or whether it happens. */
const OPENER = { yesno: /^(?:whether|if)\b/i, time: /^(?:when|whether|if)\b/i, value: /^how\b/i };

/**
 * A reply giving a count in words carries one as much as a figure does ("only one would be hired", "none", "a handful",
 * "few", "several": review 59 R59-3).
 */
const COUNT_WORDS = /\b(?:one|none|no one|a handful|a couple|few|several|dozens|scores|hundreds|thousands)\b/i;
/** How far down the ranking another sentence saying the asked act with a value still answers it. */
const ANSWER_RANKS = 8;

/** Whether a clause's words hold a term or one of its WordNet relatives. */
const holds = (words: ReadonlySet<string>, term: string): boolean =>
  words.has(term) || relatedStems(term).some((t) => words.has(t));

/**
 * "How many investigators will the county hire?" over "…currently has 11 investigators" and, below it, "Asked how
 * many investigators would be hired, a county spokesperson said those details 'are still being worked out'": the
 * reporter put the reader's question and the reply carries no value of the asked kind, so the article does not
 * know it; a topic-sharing sentence giving a value of another act is no answer (audit 58, B-a58-7). The asked
 * clause must hold the question's verb, when it has one, and at least half of its other words (names aside: "he"
 * takes them up); a reply that gives the value ("…said 40 would be hired") is an answer and no marker. Returns that
 * sentence, to cite as the copy's word that it is not known.
 */
export function askedReplyUnknown(
  analysis: Analysis,
  ranked: readonly Ranked[],
  { type, terms, question }: { type: AnswerType; terms: QuestionTerms; question: string },
): Ranked | undefined {
  // Without the asked verb a topic's nouns are no evidence that the act asked about was the one put ("Asked whether
  // she backed the fees" says nothing of what the fees would raise); a yes/no's "have" or "be" has none to hold.
  if (!TYPED.has(type)) return undefined;
  // A sentence saying the asked act with a value of the asked kind answers from another source, wherever the ranker put
  // it ("The board voted to hire 12 investigators" below "…currently has 11": review 59); so does, for a yes/no, any
  // other well-ranked sentence saying the asked verb (the next sentence giving the answer the party would not).
  // Any value of the asked kind elsewhere cancels it: the verb or object may be a synonym ("up to 40 posts could go"
  // for "how many jobs will be lost", review 60 R60-6), so only a ranking with no such value at all is declined.
  const index = indexArticle(analysis);
  const saysVerb = (i: number): boolean => terms.verb !== undefined && matchTerm(index, i, terms.verb, true).exact > 0;
  // "How much water will the alliance get?": an amount of a measured thing counts as another source's answer only in a
  // sentence on that thing, not "300,000 acre-feet" a reservoir holds nor "140 farms" (audit 61 B-a61-21). A count
  // keeps any value: "30 ward places" answers "how many hospital beds" (review 60 R60-6).
  const focus = countFocus(question);
  const onMeasured = (i: number): boolean =>
    type !== 'amount' || focus.size === 0 || [...focus.stems].some((t) => holds(index.terms[i]!, t));
  const answered = (r: Ranked): boolean =>
    type === 'yesno' ? saysVerb(r.index) : valued(type, analysis.sentences[r.index]!.text) && onMeasured(r.index);
  const names = new Set(terms.nameTerms);
  const plain = terms.terms.filter((t) => !names.has(t));
  if (plain.length === 0) return undefined;
  const marker = ranked.find((r) => {
    const text = analysis.sentences[r.index]!.text;
    const m = ASKED_CLAUSE.exec(text);
    // "Asked whether …, she said yes": only a refusal leaves a yes/no open.
    if (!m || (type === 'yesno' && ASKED_OPENING.test(text))) return false;
    if (!OPENER[type === 'yesno' ? 'yesno' : type === 'time' ? 'time' : 'value'].test(m[1]!)) return false;
    const clause = new Set(contentTerms(m[1]!));
    if (terms.verb !== undefined && !names.has(terms.verb) && !holds(clause, terms.verb)) return false;
    const held = plain.filter((t) => holds(clause, t)).length;
    // Without a verb of its own ("how much water will the alliance get?": "get" frames) the clause must hold every word.
    if (terms.verb === undefined && type !== 'yesno' && held < Math.max(2, plain.length)) return false;
    if (held < 2 && held < plain.length) return false;
    if (held * 2 < plain.length) return false;
    return type === 'yesno' || !valued(type, m[2]!);
  });
  if (marker === undefined) return undefined;
  return ranked.slice(0, ANSWER_RANKS).some((r) => r !== marker && answered(r)) ? undefined : marker;
}

/** A value of the asked kind, a count in words included. */
const valued = (type: AnswerType, text: string): boolean =>
  carriesAnswerType(type, text, NO_ECHOES) || (type === 'count' && COUNT_WORDS.test(text));
