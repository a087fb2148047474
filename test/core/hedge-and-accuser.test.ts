import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const questions = (text: string): string[] => analyzeArticle(text).questions.map((q) => q.text);

/** Sample 32's #49: a hedge inside an embedded clause was dropped, so the question stated the charge as fact. */
describe('a hedge in an embedded clause stays in the claim asked', () => {
  it.each([
    'Harbour theft\n\nMagistrate Ruth Ames said a fraud Kellerman allegedly ran with two dock clerks was reason enough to deny him bail while the case is heard.',
    'Ferry Fire\n\nA spokeswoman for the port said the fire the crew reportedly started in the galley was still burning on Tuesday night near the old pier.',
  ])('the question never drops the hedge (%#)', (text) => {
    const asked = questions(text).join('\n');
    expect(asked).not.toMatch(/Kellerman ran|crew started/);
  });

  it.each([
    [
      'Harbour theft\n\nA dock clerk allegedly sold the harbour keys to a gang from Leeds last month.',
      'Can it be confirmed that a dock clerk sold the harbour keys to a gang from Leeds last month?',
    ],
  ])('control: a hedge on the main verb is carried by the question', (text, question) => {
    expect(questions(text)).toContain(question);
  });
});

/** Sample 32's #21: the accuser read as the last conjunct of an appositive, with no name and a stray comma. */
describe('the accuser is the name, not the end of its description', () => {
  it.each([
    [
      'Council row\n\nHolt, a lawyer from Leeds and veteran Labour councillor, accused the mayor of hiding the cost of the depot sale.',
      'accusation by Holt of hiding the cost of the depot sale',
    ],
    [
      'Board Fight\n\nThe group’s founder, Maria Okafor, accused the board of ignoring the audit.',
      'accusation by Maria Okafor of ignoring the audit',
    ],
  ])('the name before or inside the appositive (%#)', (text, phrase) => {
    const asked = questions(text).join('\n');
    expect(asked).toContain(phrase);
    expect(asked).not.toMatch(/accusation by [^?]*, of/);
  });

  it('control: a description before the name is kept whole', () => {
    const asked = questions(
      'Council row\n\nVeteran councillor Ann Holt accused the mayor of hiding the cost of the depot sale.',
    ).join('\n');
    expect(asked).toMatch(/accusation by veteran councillor Ann Holt of hiding the cost of the depot sale/i);
  });
});
