import { describe, expect, it } from 'vitest';
import { countFocus, countsFocus } from '../../src/core/answer-evidence';
import { tokenizeWords } from '../../src/core/tokenize-words';

// Review s41 B-r41-7: "A ferry carrying 60 passengers left the harbour" was read as "60 passengers-left", a count of
// a noun WordNet files "left" under, because a counted word followed by a word WordNet also files as a noun was taken
// for a modifier. A regular plural heads its phrase (English modifies a noun with the singular). Invented copy.
const counts = (sentence: string, question: string): boolean =>
  countsFocus(tokenizeWords(sentence), countFocus(question));

describe('a plural counted noun heads its phrase', () => {
  it('counts the passengers a ferry carried though the next word is also a noun', () => {
    expect(
      counts('A ferry carrying 60 passengers left the harbour at dawn', 'how many people were on the ferry?'),
    ).toBe(true);
    expect(counts('About 240 residents fell ill after the fair', 'how many people were taken ill?')).toBe(true);
  });

  it('keeps a singular modifier and another kind uncounted (controls)', () => {
    // A singular before a noun modifies it: three debates, not three presidents.
    expect(counts('the first of three president debates', 'how many people will watch?')).toBe(false);
    // A plural of another kind: cars are no people.
    expect(counts('A ferry carrying 60 cars left the harbour at dawn', 'how many people were on the ferry?')).toBe(
      false,
    );
  });
});
