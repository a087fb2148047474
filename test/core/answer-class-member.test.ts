import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Issue 12, audit52 B-a52-6: "What <class> did <party> <verb>?" is answered by the sentence naming members of
// the class ("a sword and a shotgun" are weapons, by WordNet's hypernyms: class-members.json), and the asked verb
// in an irregular past ("found") is the verb itself. Invented copy; the class noun itself sits in another sentence.
const story = (act: string) =>
  analyzeArticle(
    [
      'Two charged after late-night chase in Brookfield',
      'Two men were charged on Saturday with possessing weapons in a public place, according to court records.',
      'Officers were called to Dunmore Road shortly before midnight after a resident reported a car being driven at speed.',
      `Inspector Carys Lowe said officers ${act} a sword and a shotgun in the boot.`,
      'Both men will appear before magistrates next month.',
    ].join('\n\n'),
  );
const first = (copy: ReturnType<typeof analyzeArticle>, question: string): string => {
  const r = answerQuestion(copy, question);
  return r.answer === null ? `(none) ${r.reason}` : (copy.sentences.find((s) => s.id === r.sentenceIds[0])?.text ?? '');
};

describe('answerQuestion: a class asked for, its members named', () => {
  it('cites the sentence naming a sword and a shotgun for "what weapons…" with a regular verb', () => {
    expect(first(story('seized'), 'What weapons were seized from the car?')).toContain('a sword and a shotgun');
  });

  it('reads "found" as the asked "find"', () => {
    expect(first(story('found'), 'What weapons did officers find?')).toContain('a sword and a shotgun');
  });

  it('cites the sentence that says the class noun itself (control)', () => {
    const copy = analyzeArticle(
      [
        'Two charged after late-night chase in Brookfield',
        'Officers were called to Dunmore Road shortly before midnight after a resident reported a car being driven at speed.',
        'Inspector Carys Lowe said officers seized two weapons from the boot, a sword and a shotgun.',
      ].join('\n\n'),
    );
    expect(first(copy, 'What weapons were seized from the car?')).toContain('a sword and a shotgun');
  });
});
