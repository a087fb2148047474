import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// An article of our own about one senator, named in every sentence, in which what she tweeted and
// what she wrote are reported by their medium, never with the question's verb.
const article = analyzeArticle(
  [
    'Cole Steps Up Fight Over Rail Funding',
    'Senator Jane Cole has spent the week pressing colleagues to restore the rail funding cut last month.',
    'On Monday Cole said via Twitter that the cut was a disgrace to commuters across the state.',
    'Cole met transport officials on Tuesday, who estimate the money would pay for 40 new trains.',
    'In a letter to the governor, Cole argued that buses could not carry the extra passengers.',
    'Cole is expected to bring the matter to a committee vote on Thursday.',
  ].join('\n\n'),
);

function firstCited(question: string): string | undefined {
  const result = answerQuestion(article, question);
  return article.sentences.find((s) => s.id === result.sentenceIds[0])?.text;
}

describe('answerQuestion: saying something through a medium', () => {
  it('reads "via Twitter" as what someone tweeted', () => {
    expect(firstCited('what did Cole tweet?')).toContain('via Twitter');
    expect(firstCited('what did Jane Cole tweet?')).toContain('via Twitter');
  });

  it('reads "a letter" as what someone wrote', () => {
    expect(firstCited('what did Cole write?')).toContain('In a letter');
  });
});
