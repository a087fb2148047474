import type { Analysis } from './analysis-types';
import type { QuestionTerms } from './answer-terms';
import { NOT_A_NOUN } from './not-a-noun';
import { sentenceWords } from './sentence-words';
import { timeNoun } from './time-noun';

/**
 * A time said as a possessive: "next month's", "this year's", "Tuesday's", "tomorrow's". The time word is a noun.time
 * noun by WordNet (time-noun.ts); alone it must be a deictic day or a capitalised name ("March's"), since a bare
 * "a month's budget" measures, not dates.
 */
const POSSESSIVE = /\b(?:(next|last|this|coming) )?(\p{L}+)['’]s$/iu;
const DEICTIC = /^(?:today|tomorrow|tonight|yesterday)$/i;
/** A time already past: it dates no "when will …" act. */
const PAST = /^(?:last|yesterday)$/i;
/** A question asking of a past act ("When was the budget delivered?"). */
const PAST_QUESTION = /\b(?:did|was|were|had)\b/i;
/** What may follow the possessed phrase's head (the asked noun): punctuation, the sentence's end or a function word. */
const HEAD_END = /^(?:\s*[,.;:!?"”’)—–]|\s*$)/;

/** Whether the text ending here is a time possessive the question may be dated by. */
function timePossessive(before: string, pastQuestion: boolean): boolean {
  const m = POSSESSIVE.exec(before);
  if (!m || !timeNoun(m[2]!.toLowerCase())) return false;
  if (!pastQuestion && PAST.test(m[1] ?? m[2]!)) return false;
  return m[1] !== undefined || DEICTIC.test(m[2]!) || /^\p{Lu}/u.test(m[2]!);
}

/** How many words may stand between the possessive and the asked noun ("next month's emergency budget"). */
const BETWEEN = 2;

/**
 * "When is the budget being delivered?" beside "…end the freeze on fuel duty in next month's budget": a time said as
 * the asked thing's possessive dates that thing itself, whatever verb the sentence says, where a sentence saying the
 * asked verb of another thing ("until the OBR delivers its forecast next week") dates that other act. The first such
 * sentence in the ranker's order, or undefined.
 */
export function possessiveDate(
  analysis: Analysis,
  ranked: readonly { index: number }[],
  terms: QuestionTerms,
  question: string,
): number | undefined {
  const object = new Set(terms.terms.filter((t) => t !== terms.verb && !terms.nameTerms.has(t)));
  if (object.size === 0) return undefined;
  const pastQuestion = PAST_QUESTION.test(question);
  return ranked.find(({ index }) => {
    const text = analysis.sentences[index]!.text;
    const words = sentenceWords(text);
    return words.some(
      (w, i) =>
        object.has(w.stem) &&
        // The asked noun heads the possessed phrase: "next month's budget debate" dates the debate.
        (HEAD_END.test(text.slice(w.end)) || NOT_A_NOUN.test(words[i + 1]?.word ?? '')) &&
        words
          .slice(Math.max(0, i - 1 - BETWEEN), i)
          .some((before) => timePossessive(text.slice(Math.max(0, before.end - 24), before.end), pastQuestion)),
    );
  })?.index;
}
