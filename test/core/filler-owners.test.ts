import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { questionTerms } from '../../src/core/answer-terms';
import { fillerOwners } from '../../src/core/filler-owners';
import { questionType } from '../../src/core/question-type';

const ARTICLE = [
  'Rival parties race for swing states',
  '',
  'Maria Okafor, chair of the Liberal Union, said on Monday that the party would double its field staff.',
  'The Civic League has 216 paid staffers in the 11 battleground states, its director Paul Brandt said.',
  'Okafor said the Liberal Union would hire 300 organisers by June.',
  'She had visited four of the states since March.',
  'In 2012, Brandt pleaded guilty to campaign finance violations.',
  "The league's field director expects 40 more offices by June.",
].join('\n');

/** Per body sentence, whether its subject is someone the question does not name (-1) or not (0). */
function owners(question: string): number[] {
  const analysis = analyzeArticle(ARTICLE);
  const type = questionType(question);
  return fillerOwners(analysis, question, type, questionTerms(question, type).nameWords);
}

const at = (question: string, fragment: string): number => {
  const analysis = analyzeArticle(ARTICLE);
  const i = analysis.sentences.findIndex((s) => s.text.includes(fragment));
  expect(i).toBeGreaterThanOrEqual(0);
  return owners(question)[i]!;
};

describe('fillerOwners: whose fact a sentence states', () => {
  it("is -1 when another body is the sentence's subject", () => {
    expect(at('how many staffers does the Liberal Union have?', 'The Civic League has 216')).toBe(-1);
  });

  it('owns a common-noun subject through its antecedent or possessor', () => {
    expect(at('how many offices will the Liberal Union open?', "The league's field director")).toBe(-1);
    expect(at('how many offices will the Civic League open?', "The league's field director")).toBe(1);
  });

  it("reads past a lead-in to the main clause's subject", () => {
    expect(at('when was Okafor sentenced?', 'In 2012, Brandt pleaded')).toBe(-1);
  });

  it("is 1 when the subject is the question's, by name or through a resolved He/She", () => {
    expect(at('how many organisers will Okafor hire?', 'Okafor said the Liberal Union')).toBe(1);
    expect(at('how many states has Okafor visited?', 'She had visited')).toBe(1);
  });

  it('is 0 throughout for a who question, whose answer is someone else by design', () => {
    expect(owners('who runs the Civic League?').every((v) => v === 0)).toBe(true);
  });
});
