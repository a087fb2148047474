import type { Analysis } from './analysis-types';
import { type Part, partsOf } from './answer-place-clause';
import type { QuestionTerms } from './answer-terms';
import { indexArticle } from './article-index';
import { firstWhere } from './first-where';
import { foldPhrasalVerbs } from './phrasal-verbs';
import { carriesAnswerType } from './question-type';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { matchTerm } from './term-match';
import { contentTerms } from './tokenize-words';

/**
 * "When will the audit be published?" over "Dr Shah said an internal audit in September had found…"
 * and "She said the audit would be published once the board had approved it.": the ranker's best
 * dates another act of the same thing. A when-question's answer dates the asked act, so a sentence
 * saying the asked verb goes first when it is about all the ranker's best is about and carries a time.
 *
 * Each condition was measured on the PolNeAR dev and 808 train questions (docs/evaluation.md, session
 * 26, ans28): WordNet synonyms of the verb let light verbs through ("make it official" taken as said by
 * "issue a memo"), a sentence lacking one of the best's question words is about something else
 * ("made it clear" of another body), and one with no time at all cannot answer "when".
 */

/** A time, or a clause that places the act in time ("once the board had approved it"). */
const TEMPORAL_CLAUSE = /\b(?:once|as soon as|after|before|until)\b/i;
const NO_ECHOES = new Set<string>();

/** The question words (its terms) a sentence says, exactly or by a WordNet synonym. */
export function saidTerms(analysis: Analysis, at: number, terms: QuestionTerms): string[] {
  const index = indexArticle(analysis);
  return terms.terms.filter((t) => {
    const m = matchTerm(index, at, t, t === terms.verb);
    return m.exact > 0 || m.synonym > 0;
  });
}

/** Whether the sentence says the asked verb in the question's own word (after phrasal folding). */
export function saysAskedVerb(analysis: Analysis, at: number, terms: QuestionTerms): boolean {
  return terms.verb !== undefined && matchTerm(indexArticle(analysis), at, terms.verb, true).exact > 0;
}

const timed = (text: string): boolean => carriesAnswerType('time', text, NO_ECHOES) || TEMPORAL_CLAUSE.test(text);

/**
 * A comma-part opening a relative clause on a person: "Ann Lee, who has lived in Kelsby since 1990, chairs the board".
 * A "which"/"where" clause is on the act's venue or doer ("approved at a meeting, where councillors voted on Monday";
 * "passed by the council, which met until midnight on Tuesday") and usually dates the act itself (review 48 B-r48-3),
 * unless it is on the act's object (askedObjectClause).
 */
const RELATIVE = /^(?:who|whom|whose)$/i;
const WHICH = /^which$/i;
/** A preposition before the antecedent makes it a venue or doer ("at a meeting", "by the trust"), not the object. */
const PREPOSITION = /^(?:at|in|on|by|from|to|for|with|of|into|during|after|before|under|over|through|near|via)$/i;
const BE = /^(?:is|are|was|were|be|been|being)$/i;

/**
 * "…approved the harbour plan, which was first drawn up in 2019": a which-clause right after a question word that is
 * the asked verb's object — after the verb with no preposition between, or a passive verb's subject ("The harbour
 * plan, which…, was approved") — dates the thing acted on, not the act (audit 49 B-a49-12).
 */
function askedObjectClause(parts: Part[], p: number, terms: QuestionTerms): boolean {
  const before = parts[p - 1];
  if (!WHICH.test(parts[p]!.words[0]!.word) || !before) return false;
  const termOf = (w: { word: string }) => contentTerms(foldPhrasalVerbs(w.word.toLowerCase()))[0];
  const head = termOf(before.words.at(-1)!);
  if (head === undefined || head === terms.verb || !terms.terms.includes(head)) return false;
  const verbAt = before.words.findIndex((w) => termOf(w) === terms.verb);
  if (verbAt >= 0) return !before.words.slice(verbAt + 1).some((w) => PREPOSITION.test(w.word));
  const after = parts[p + 1]?.words ?? [];
  const passive = after.findIndex((w) => termOf(w) === terms.verb);
  return passive > 0 && BE.test(after[passive - 1]!.word);
}

/**
 * "Since when does Ann Lee chair the board?" over "Ann Lee, who has lived in Kelsby since 1990, chairs the board": the
 * sentence says the asked verb and gives a time, but the time dates another act, in a relative clause set off by
 * commas (review 47 B-r47-15; placeInActClause is the where-question's reading, answer-place-clause.ts). Undefined
 * when the sentence does not say the verb in the question's word or gives no time; else whether a time stands outside
 * every such clause that does not say the verb. Only person relatives are set aside: "Last week, the council voted"
 * dates the vote from a part of its own.
 */
function timeInActClause(analysis: Analysis, at: number, terms: QuestionTerms): boolean | undefined {
  const text = analysis.sentences[at]!.text;
  if (terms.verb === undefined || !saysAskedVerb(analysis, at, terms) || !timed(text)) return undefined;
  const verb = terms.verb;
  let outside = text;
  const parts = partsOf(text);
  for (const [p, part] of parts.entries()) {
    // "who worked on the campaign before setting up the server": the verb (folded as the index folds it) is the clause's.
    const words = contentTerms(foldPhrasalVerbs(text.slice(part.start, part.end)));
    const aside = RELATIVE.test(part.words[0]!.word) || askedObjectClause(parts, p, terms);
    if (!aside || words.includes(verb)) continue;
    outside = outside.slice(0, part.start) + ' '.repeat(part.end - part.start) + outside.slice(part.end);
  }
  return timed(outside);
}

/**
 * The ranking with the sentence dating the asked act first, when the ranker's best does not say it, or says it but
 * dates only another act (timeInActClause); one on as much of the question's topic as the best.
 */
export function whenVerbFirst(analysis: Analysis, ranked: Ranked[], terms: QuestionTerms): Ranked[] {
  const top = ranked[0];
  if (terms.verb === undefined || !top) return ranked;
  if (timeInActClause(analysis, top.index, terms) === false) {
    return firstWhere(ranked, (r) => r.share >= top.share - 1e-9 && timeInActClause(analysis, r.index, terms));
  }
  if (saysAskedVerb(analysis, top.index, terms)) return ranked;
  const topSays = saidTerms(analysis, top.index, terms);
  return firstWhere(ranked, (r) => {
    if (!saysAskedVerb(analysis, r.index, terms) || !timed(analysis.sentences[r.index]!.text)) return false;
    const says = saidTerms(analysis, r.index, terms);
    return topSays.every((t) => says.includes(t));
  });
}

/** The reason a when-question is not answered by a sentence whose only time dates another act (timeInActClause). */
export function timeOfAnotherAct(
  analysis: Analysis,
  at: number,
  terms: QuestionTerms,
  type: string,
): string | undefined {
  return type === 'time' && timeInActClause(analysis, at, terms) === false
    ? 'The article dates something else in that sentence, not this.'
    : undefined;
}
