import { describe, expect, it } from 'vitest';
import { accusation } from '../../src/core/charge-questions';
import type { PhraseContext } from '../../src/core/phrase-question';

/**
 * The ungrammatical shapes hand-read sample 37 found (docs/hand-read-questions.md, "Sample 37", engine 60), each in
 * copy written for the test, with a near control that must not change.
 */

const names = new Set(['Ellen', 'Park', 'Marsh', 'Lind', 'Varga', 'Okafor', 'England', 'State']);

function context(text: string, properWords: Set<string> = names): PhraseContext {
  return { text, actor: null, mainActor: null, properWords };
}

describe('an accused\'s own "of" is not taken for the charge\'s (#10)', () => {
  it.each([
    [
      'Her critics have accused the former secretary of state of using flood victims as props.',
      'How does the former secretary of state answer the accusation by her critics of using flood victims as props?',
    ],
    [
      'Dockers accused the head of the port authority of hiding the crane inspections.',
      'How does the head of the port authority answer the accusation by dockers of hiding the crane inspections?',
    ],
    [
      'Savers accused the Bank of England of keeping rates too low for too long.',
      'How does the Bank of England answer the accusation by savers of keeping rates too low for too long?',
    ],
  ])('"%s"', (sentence, expected) => {
    expect(accusation(context(sentence))).toBe(expected);
  });

  it.each([
    // Controls: the first "of" opens the charge when no role or name goes on before the second.
    [
      'Farmers accused the agency of a pattern of hiding test results.',
      'How does the agency answer the accusation by farmers of a pattern of hiding test results?',
    ],
    [
      'Nurses accused the director of a culture of bullying on the night shift.',
      'How does the director answer the accusation by nurses of a culture of bullying on the night shift?',
    ],
    [
      'Park accused the minister of misleading the committee.',
      'How does the minister answer the accusation by Park of misleading the committee?',
    ],
  ])('control: "%s"', (sentence, expected) => {
    expect(accusation(context(sentence))).toBe(expected);
  });
});
