import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { FEATURE_NAMES } from '../../src/core/answer-feature-names';
import { answerFeatures } from '../../src/core/answer-features';
import { questionTerms } from '../../src/core/answer-terms';
import { articleNameWords, fillerBinding } from '../../src/core/filler-binding';
import { type AnswerType, questionType } from '../../src/core/question-type';

/** The binding of one sentence to one question, with the question's own typing and names. */
function binding(
  question: string,
  sentence: string,
  type: AnswerType = questionType(question),
  article: string[] = [],
): number {
  const terms = questionTerms(question, type);
  return fillerBinding(type, sentence, terms.nameWords, terms.nameTerms, articleNameWords([sentence, ...article]));
}

describe('fillerBinding: whose figure a sentence gives', () => {
  const share = "what's Garcia's share of the rural vote?";

  it("is -1 when another name owns the sentence's figure (its subject or possessor)", () => {
    expect(binding(share, 'By contrast, Okafor has just 12 percent of the rural vote.')).toBe(-1);
    expect(binding(share, "Polls put Okafor's share of the rural vote at 12 percent.")).toBe(-1);
  });

  it('takes a sentence-initial owner when the article capitalises it inside a sentence too', () => {
    const article = ['The poll was taken before Okafor spoke.'];
    expect(binding(share, 'Okafor has just 12 percent of the rural vote.', undefined, article)).toBe(-1);
    // "Polls" is capitalised only where it opens the sentence: no name, no owner.
    expect(binding(share, 'Polls put turnout at 12 percent.', undefined, article)).toBe(0);
    expect(binding(share, 'Garcia has 61 percent of the rural vote.', undefined, article)).toBe(0);
  });

  it("is 0 when one of the question's names owns a figure, even beside another's", () => {
    expect(binding(share, 'By contrast, Garcia has 61 percent of the rural vote.')).toBe(0);
    expect(binding(share, 'Garcia has 61 percent of the rural vote, while Okafor has 12 percent.')).toBe(0);
    // The whole name is the owner: "Harbor Freight Tools was fined" belongs to "Harbor Freight".
    expect(
      binding('how much was Harbor Freight fined?', 'Last week Harbor Freight Tools was fined $2 million.', 'money'),
    ).toBe(0);
  });

  it('reads a derived form of a question name as that name ("Brazilian" for "Brazil")', () => {
    expect(binding('what share of the buyers come from Brazil?', 'Brazilian families make up 40 percent.')).toBe(0);
  });

  it('takes no owner from an article, a preposition or the first word of the sentence', () => {
    // "The Democratic nominee" and "in Lisbon" own nothing: no evidence either way.
    expect(binding(share, 'The Democratic nominee sits at 61 percent among rural voters.')).toBe(0);
    expect(binding('how old is Mensah?', 'The final in Lisbon is a chance for the 26-year-old to shine.')).toBe(0);
    expect(binding(share, 'Okafor said the poll was wrong by 12 points.')).toBe(0);
  });

  it('does not reach across a clause boundary or past a few words', () => {
    expect(binding(share, 'Garcia leads; Okafor trails badly with 12 percent.')).toBe(-1);
    expect(binding(share, 'Okafor spoke; 12 percent of voters stayed home.')).toBe(0);
    expect(binding(share, 'Okafor spoke at length about the long and winding road that led to 12 percent.')).toBe(0);
  });

  it('is 0 for questions that name no one or ask for no figure', () => {
    expect(binding("what's the share of the rural vote?", 'Okafor has just 12 percent.')).toBe(0);
    expect(binding('why did Garcia win?', 'Okafor has just 12 percent.')).toBe(0);
  });

  it('is the ranker feature "bound", read for every sentence of an article', () => {
    const analysis = analyzeArticle(
      [
        'Poll shows tight race in the valley',
        '',
        'A new poll of rural voters was published on Monday by the state university.',
        '',
        'Maria Garcia has 61 percent support among rural voters, the poll found.',
        '',
        'By contrast, Daniel Okafor has just 12 percent support among rural voters.',
      ].join('\n'),
    );
    const features = answerFeatures(analysis, "what's Garcia's share of the rural vote?");
    const bound = FEATURE_NAMES.indexOf('bound');
    const byText = new Map(features.sentences.map((s) => [analysis.sentences[s.index]!.text, s.values[bound]]));
    expect(byText.get('Maria Garcia has 61 percent support among rural voters, the poll found.')).toBe(0);
    expect(byText.get('By contrast, Daniel Okafor has just 12 percent support among rural voters.')).toBe(-1);
  });
});
