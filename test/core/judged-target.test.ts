import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const speakers = (sentence: string): Array<string | null> =>
  analyzeArticle(`Council row\n\nThe council met on Monday.\n\n${sentence}`).quotes.map((q) => q.speaker);

/** Review s33 B-main-45: the person a quotation judges was printed as the one who said it. */
describe('the one judged in quoted words is never their speaker', () => {
  // The words are the judge's, a body here: no speaker, or no quotation at all, but never the one judged.
  it.each([
    ['Democrats accused Mr. Trump of "lying to the American people" on Monday.', 'Trump'],
    ["Labour accused Mr Sunak of 'running scared' after he cancelled the debate.", 'Sunak'],
    ['The council accused Ms. Grant of "wasting public money".', 'Grant'],
    ['Unions praised Dr Sarah Mills for "standing up for patients".', 'Sarah Mills'],
    ['The mayor called Tom Reid "a disgrace to this town".', 'Tom Reid'],
    ['The council blamed Mr. Reid for the "chaotic handling of the contract".', 'Reid'],
  ])('%s', (sentence, judged) => {
    const said = speakers(sentence);
    expect(said.every((s) => s === null)).toBe(true);
    expect(said).not.toContain(judged);
  });

  it('controls: a named judge still speaks', () => {
    expect(speakers('Mrs. Ruth Okafor accused the council of "wasting public money".')).toEqual(['Ruth Okafor']);
    expect(speakers('Tom Reid mocked Dan Price for "hiding behind officials".')).toEqual(['Tom Reid']);
  });

  it('controls: a named judge, and a quotation the person calls something', () => {
    expect(speakers('Tom Reid called the decision "a betrayal of every family".')).toEqual(['Tom Reid']);
  });

  it('the judge of the next clause, not the one judged in it', () => {
    expect(
      speakers('Mr. Reid accused the council of "wasting public money", and Ms. Grant called Mr. Reid "a liar".'),
    ).toEqual(['Reid', 'Grant']);
  });
});
