import { describe, expect, it } from 'vitest';
import type { AnswerResult } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

const NOT_KNOWN = 'The article reports that this is not known.';
const reasonOf = (r: AnswerResult) => (r.answer === null ? r.reason : undefined);
const story = (title: string, lines: string[]) => analyzeArticle(lines.join('\n\n'), { title });

// Our own copy (review s35 B-ux35-5, B-ux35-6): what an unknown marker withholds, and nothing beside it.
const market = story('Two held after market fire', [
  'Officers detained three teenagers outside the covered market on Friday but did not say why they had been held.',
  'Traders reopened their stalls on Saturday morning, the market manager said.',
  'The council has not disclosed the cost of the repairs.',
]);

const ferry = story('Ferry service resumes after fault', [
  'The ferry company said the steering fault that grounded one of its boats had been mended but declined to say what caused it.',
  'Crossings resumed on Sunday afternoon.',
]);

describe('a pronoun in the scope stands for one noun phrase, not the clause before it', () => {
  it('"why did officers go to the market?" is not what "did not say why they had been held" withholds', () => {
    expect(reasonOf(answerQuestion(market, 'why did officers go to the market?'))).not.toBe(NOT_KNOWN);
  });

  it('control: "why were the teenagers detained?" is (they = three teenagers)', () => {
    expect(reasonOf(answerQuestion(market, 'why were the teenagers detained?'))).toBe(NOT_KNOWN);
  });
});

describe('a question word joins a clause word through a sense of the same part of speech', () => {
  it('"why was the boat grounded?" is not "what caused it": the nouns ground(s) and cause share a sense, the verbs none', () => {
    expect(reasonOf(answerQuestion(ferry, 'why was the boat grounded?'))).not.toBe(NOT_KNOWN);
  });

  it('control: "what caused the steering fault?" is withheld', () => {
    expect(reasonOf(answerQuestion(ferry, 'what caused the steering fault?'))).toBe(NOT_KNOWN);
  });
});
