import { relatedStems } from './answer-lexicon';
import { COUNT_REACH, NUMBER_TOKEN } from './counted-kinds';
import { carriesAnswerType } from './question-type';
import { sentenceWords } from './sentence-words';
import { sumOfVerb } from './sum-verb-clause';
import { contentTerms } from './tokenize-words';

/** Verbs whose clause's sum is a price paid ("the board will pay Calder Lines £8.4 million"), as stems. */
const PRICE_VERBS = new Set(contentTerms('pay cost spend charge'));
/** What may follow a bare figure: punctuation or the sentence's end ("It will be fifteen, give or take"). */
const BARE_AFTER = /^\s*(?:[,.;:!?"”’)—–-](?!\d)|$)/;
/** A year ("since 2019,") is a date, no count. */
const YEAR = /^(?:1[5-9]|20)\d\d$/;

/**
 * Whether a sentence's figure is the asked thing's rather than another quantity's (review 61's R61-1): after "declined to
 * say how much the contract was worth", "Calder Lines reported revenue of £40 million" gives another sum, and after
 * "asked how many investigators would be hired", "Twelve inmates have died" counts other people. The evidence must be
 * positive: a sum in the clause of a price verb or beside the asked noun (or a WordNet relative); a count whose counted
 * noun is the asked one, or a figure standing bare ("It will be about thirty," a board member said).
 */
export function figureOfAsked(text: string, object: readonly string[]): boolean {
  const words = sentenceWords(text);
  const asked = (stem: string) => stem !== '' && object.some((t) => t === stem || relatedStems(t).includes(stem));
  if (carriesAnswerType('money', text, new Set()))
    return sumOfVerb(text, PRICE_VERBS) || words.some((w) => asked(w.stem));
  return words.some(
    (w, i) =>
      NUMBER_TOKEN.test(w.word) &&
      !YEAR.test(w.word) &&
      (BARE_AFTER.test(text.slice(w.end)) ||
        words.slice(i + 1, i + 1 + COUNT_REACH).some((after) => asked(after.stem))),
  );
}
