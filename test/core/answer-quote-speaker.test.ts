import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Audit 48, B-a48-4: a who-question answered by a quotation cited without its speaker. Composed copy.
const article = (last: string) =>
  analyzeArticle(
    [
      'Pellow fume at late penalty',
      'Pellow Athletic lost 1-0 at Carrick on Saturday after a penalty in the last minute.',
      'Carrick striker Owen Marsh went down under a challenge from Rob Tansley and scored from the spot himself.',
      `Pellow coach Dana Whitlow was furious. "He dived, plain and simple," she said. ${last}`,
      'Carrick move up to sixth in the table.',
    ].join('\n\n'),
  );

describe('answerQuestion: a quotation cited for a who-question', () => {
  it('does not cite a quotation naming no one as the fact', () => {
    const result = answerQuestion(article('"The linesman was right next to it."'), 'who was the linesman?');
    expect(result.answer).toBeNull();
  });

  it('cites a quotation naming a person with the sentence that says who is speaking', () => {
    const answer =
      answerQuestion(article('"Ian Crewe was the linesman and he saw nothing."'), 'who was the linesman?').answer ?? '';
    expect(answer).toMatch(/^"Ian Crewe was the linesman/);
    expect(answer).toContain('"He dived, plain and simple," she said.');
  });

  it('still cites a quotation that carries its speaker (control)', () => {
    const answer =
      answerQuestion(article('"Ian Crewe was the linesman," Whitlow added.'), 'who was the linesman?').answer ?? '';
    expect(answer).toContain('Ian Crewe was the linesman');
  });
});
