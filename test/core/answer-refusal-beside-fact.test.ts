import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

const article = analyzeArticle(
  [
    'A councillor has been suspended over claims he misused a council credit card.',
    'The council said an inquiry would report in March.',
    'Mr Fenwick, who joined the council in 2019, could not be reached for comment.',
    'The donor, Gregory Pate, the chief executive of Pate Logistics, did not respond to messages seeking comment.',
  ].join('\n\n'),
  { title: 'Councillor suspended over card claims' },
);

/** Review s32 B-main-4: a refusal beside the asked fact made the reply say the fact was not known. */
describe('a refusal to comment beside a filler of the asked type is no "not known"', () => {
  it.each([
    ['When did Fenwick join the council?', 'in 2019'],
    ['What company does Pate run?', 'Pate Logistics'],
  ])('%s', (question, part) => {
    expect(answerQuestion(article, question).answer).toContain(part);
  });

  it('controls: the refusal still answers "has he commented?", and an asked fact the copy lacks is declined', () => {
    expect(answerQuestion(article, 'Has Fenwick commented?').answer).toContain('could not be reached');
    expect(answerQuestion(article, 'Why did Fenwick use the card?').answer).toBeNull();
  });
});
