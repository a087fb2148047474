import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Issue 12, audit52 B-a52-13: "which <class> …?" over a sentence holding the class only under an indefinite
// ("at least one infrastructure fund") is not answered there: the copy says one exists, not which. Invented copy.
const story = (bidder: string) =>
  analyzeArticle(
    [
      'Harbour operator weighs offers',
      'Pellworth Marine, the harbour operator, is in early talks over a sale of its ferry terminal, people briefed on the matter said.',
      `One adviser close to the process said Pellworth faced interest from ${bidder}.`,
      'Pellworth declined to comment.',
    ].join('\n\n'),
  );
const reply = (copy: ReturnType<typeof analyzeArticle>, question: string) => {
  const r = answerQuestion(copy, question);
  const text = (id: number | undefined) => copy.sentences.find((s) => s.id === id)?.text ?? '';
  const nearest = r.answer === null ? text(r.nearestId) : '';
  return { answered: r.answer !== null, cited: r.sentenceIds.map(text).join(' '), nearest };
};

describe('answerQuestion: which member of a class the copy leaves unnamed', () => {
  it('says the article does not say which, pointing at the sentence, when the fund is only "at least one"', () => {
    const r = reply(
      story('at least one infrastructure fund'),
      'Which infrastructure fund is bidding for the terminal?',
    );
    expect(r.answered).toBe(false);
    expect(r.nearest).toContain('at least one infrastructure fund');
  });

  it('says the same of "another" member', () => {
    const r = reply(story('another pension fund'), 'Which pension fund is interested in the terminal?');
    expect(r.answered).toBe(false);
    expect(r.nearest).toContain('another pension fund');
  });

  it('answers when the sentence names the fund in apposition (control)', () => {
    const r = reply(
      story('an infrastructure fund, Garnet Ridge Capital'),
      'Which infrastructure fund is bidding for the terminal?',
    );
    expect(r.cited).toContain('Garnet Ridge Capital');
  });

  it('answers a which-question whose noun the sentence does not use (control)', () => {
    const r = reply(story('at least one infrastructure fund'), 'Which company is in talks over the terminal?');
    expect(r.cited).toContain('Pellworth Marine');
  });
});

describe('answerQuestion: which member, the members named as common nouns', () => {
  it('answers "which weapons" from a sentence listing them after "two weapons" (control)', () => {
    const copy = analyzeArticle(
      [
        'Two charged after late-night chase in Brookfield',
        'Inspector Carys Lowe said officers seized two weapons from the boot, a sword and a shotgun.',
        'Both men will appear before magistrates next month.',
      ].join('\n\n'),
    );
    const r = reply(copy, 'Which weapons did officers seize?');
    expect(r.cited).toContain('a sword and a shotgun');
  });
});

describe('answerQuestion: which member, named in a sentence below the unnamed one', () => {
  it('cites the sentence naming the justice under a lead that says only "a county judge"', () => {
    const copy = analyzeArticle(
      [
        'Judge refuses to unseal quarry file',
        'A county judge has rejected a request by residents to unseal the planning file on the Harrow Vale quarry.',
        'The residents argued the file would show how the quarry won its licence.',
        'Circuit Justice Mara Ellison rejected that request in a ruling issued on Tuesday.',
      ].join('\n\n'),
    );
    const r = reply(copy, 'Which judge rejected the request?');
    expect(r.cited).toContain('Mara Ellison');
  });
});
