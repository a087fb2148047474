import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

function firstQuestion(paragraphs: string[]) {
  return analyzeArticle(['Depot closure row', '', ...paragraphs].join('\n\n')).questions[0];
}

describe('a rebuttal that points back at the claim', () => {
  it('is the other side of the dispute when it shares a word of the claim, with what it says after "saying"', () => {
    const first = firstQuestion([
      'The bus depot on Crane Road will close in June, the operator announced.',
      'The Crane Road Drivers Union said the staff had never been warned about the closure.',
      'Its organiser, Femi Hart, said members would meet on Friday.',
      'Ms Dalby rejected that account, saying managers had briefed the staff in March.',
      'Carol Dalby is the operator’s regional director.',
    ]);
    expect(first?.kind).toBe('disputed');
    expect(first?.text).toBe(
      'Who is right, the Crane Road Drivers Union (“the staff had never been warned about the closure”) or Ms Dalby (“managers had briefed the staff in March”)?',
    );
  });

  it('is only a flagged passage when nothing but the pointing-back ties it to a claim', () => {
    const first = firstQuestion([
      'The Crane Road Drivers Union said the staff had never been warned about the closure.',
      'Ms Dalby rejected that account, saying every shift was briefed in March.',
    ]);
    expect(first?.text).not.toMatch(/^Who is right/);
  });

  it('is no dispute when the rebuttal has no named subject', () => {
    for (const opener of ['On Tuesday Ms Dalby', 'Critics', 'Managers']) {
      const first = firstQuestion([
        'The Crane Road Drivers Union said the staff had never been warned about the closure.',
        `${opener} rejected that account, saying managers had briefed the staff in March.`,
        'Carol Dalby is the operator’s regional director.',
      ]);
      expect(first?.text ?? '').not.toMatch(/^Who is right/);
    }
  });

  it('is no dispute when the denial is the same speaker going on, or "denied that" opens a clause', () => {
    const first = firstQuestion([
      'Transport chief Ana Ruiz said the depot had been losing money for five years.',
      'She denied that the closure would cut any routes.',
      'Councillor Ben Ode said the depot was busy, but he denied that staff were angry about the plan.',
    ]);
    expect(first?.kind).not.toBe('disputed');
  });
});
