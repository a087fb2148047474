import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// fix56b, session 56 (audit 57 B-a57-8): "who led X?" is filled by "X, led by <role> <Name>", not by another study's
// "lead author". Composed copy.
const text = (lead: string) =>
  [
    'Glaciers shrink faster than thought',
    lead,
    'A separate study by a team in Quebec found a slower retreat. Its lead author, Paul Renaud, said the two studies used different satellites.',
    '"We need one shared record," Mott says.',
  ].join('\n\n');

const cited = (article: string, question: string): string | undefined => {
  const analysis = analyzeArticle(article);
  const result = answerQuestion(analysis, question);
  return analysis.sentences.find((s) => s.id === result.sentenceIds[0])?.text;
};

describe('who led, over a "lead author" of another study', () => {
  it('cites the sentence naming the agent after "led by"', () => {
    const article = text(
      'The study, led by geologist Rhea Mott at Bergen University, mapped 90 glaciers along the coast, a fifth more than in 2010.',
    );
    expect(cited(article, 'Who led the study?')).toContain('led by geologist Rhea Mott');
  });

  it('leaves a sentence saying the verb itself first (control)', () => {
    const article = text('Rhea Mott of Bergen University led the study, which mapped 90 glaciers along the coast.');
    expect(cited(article, 'Who led the study?')).toContain('Rhea Mott of Bergen University led the study');
  });
});
