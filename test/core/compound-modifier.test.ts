import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { compoundModifier } from '../../src/core/compound-modifier';

// fix58b, session 58: "Which <kind> …?" over a sentence holding the kind noun only as a compound's modifier ("the
// lender statements", audit 59's B-a59-4 "bank book"). Composed copy.
const words = (text: string): string[] => [...(text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|[,;:()—–]/gu) ?? [])];

describe('compoundModifier', () => {
  it('takes a noun before another lower-case noun', () => {
    const w = words('he had never seen the lender statements');
    expect(compoundModifier(w, w.indexOf('lender'))).toBe(true);
  });

  it('leaves the noun before a verb, a function word or after a name', () => {
    const verb = words('the lender refused the loan');
    expect(compoundModifier(verb, verb.indexOf('lender'))).toBe(false);
    const object = words('the lender covers the costs');
    expect(compoundModifier(object, object.indexOf('lender'))).toBe(false);
    const named = words('said Hallam lender officials');
    expect(compoundModifier(named, named.indexOf('lender'))).toBe(false);
  });
});

const loans = (line: string) =>
  analyzeArticle(
    [
      'Farmers say loans were taken in their names',
      'Police are investigating claims that farmers in Dorrin were paid to let loans be taken out in their names.',
      line,
      'The investigation is expected to take several months.',
    ].join('\n\n'),
  );

describe('which <kind> …?, over the kind only as a modifier', () => {
  it('says the article does not say which', () => {
    const r = answerQuestion(
      loans('One farmer said he was paid 500 dollars and never saw the lender statements for the loans.'),
      'Which lender made the loans?',
    );
    expect(r.answer).toBeNull();
  });

  it('cites the sentence naming the lender (control)', () => {
    const r = answerQuestion(
      loans('The loans were made by Corvale Bank, a regional lender, police said.'),
      'Which lender made the loans?',
    );
    expect(r.answer).toContain('Corvale Bank');
  });
});
