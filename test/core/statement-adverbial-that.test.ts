import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Session 58 (sp71), review 59's R59-6: an adverbial between "said" and "that" ("all along", "most recently", "both
// publicly and privately") is no noun phrase a relative "that" qualifies, so the statement starts after "that".
// Invented copy of each shape.
const statements = (...lines: string[]): Array<[string, string]> =>
  analyzeArticle(['The council met on Tuesday to discuss the bridge.', ...lines].join('\n\n'), {
    title: 'Bridge works',
  }).statements.map((s) => [s.speaker, s.text]);

describe('an adverbial before the "that" of a reported clause', () => {
  it.each([
    [
      'a quantifier and a particle',
      'Lena Ortiz, the council leader, said all along that the road would reopen by June.',
    ],
    [
      'a quantifier and an "-ly" adverb',
      'Lena Ortiz, the council leader, said most recently that the road would reopen by June.',
    ],
    [
      'a correlative pair of adverbs',
      'Lena Ortiz, the council leader, said both openly and privately that the road would reopen by June.',
    ],
    ['two "-ly" adverbs', 'Lena Ortiz, the council leader, said calmly and firmly that the road would reopen by June.'],
  ])('%s: the clause starts after "that"', (_shape, line) => {
    expect(statements(line)).toEqual([['Lena Ortiz', 'the road would reopen by June']]);
  });

  it('control: a subject with a relative "that" and its verb keeps the clause whole', () => {
    expect(
      statements('Lena Ortiz said the figures from towns that already have tolls showed no fall in traffic.'),
    ).toEqual([['Lena Ortiz', 'the figures from towns that already have tolls showed no fall in traffic']]);
  });

  it('control: two clauses the verb reports keep the second "that"', () => {
    expect(statements('Lena Ortiz said the river floods every spring and that the road is too low.')).toEqual([
      ['Lena Ortiz', 'the river floods every spring and that the road is too low'],
    ]);
  });
});
