import { describe, expect, it } from 'vitest';
import { nonPersonKind } from '../../src/core/non-person-kind';
import { properWordsOf } from '../../src/core/proper-words-of';
import { contentTerms } from '../../src/core/tokenize-words';

// The scans written by hand for speed must read the copy as the patterns they replaced did.
describe('hand-written scans', () => {
  it('types a run the copy writes as "the X" as an organisation, only at whole-word edges', () => {
    expect(nonPersonKind('Harlow Kent', 'Staff at the Harlow Kent yard said so.')).toBe('organization');
    expect(nonPersonKind('Harlow Kent', 'The Harlow Kent board met.')).toBe('organization');
    expect(nonPersonKind('Harlow Kent', 'Harlow Kent spoke.')).toBeNull();
    // "bathe", "the Harlow Kentish": no "the" of its own, or the name runs on.
    expect(nonPersonKind('Harlow Kent', 'They bathe Harlow Kent dogs.')).toBeNull();
    expect(nonPersonKind('Harlow Kent', 'At the Harlow Kentish fair, Harlow Kent spoke.')).toBeNull();
  });

  it('keeps a capitalised name word unless the copy also writes it in lower case, wherever the word stands', () => {
    const texts = ['Critics said Hobbs was late.', 'The critics-in-chief were there, and so was Hobbs.'];
    expect(properWordsOf(texts, ['Critics Hobbs'])).toContain('Hobbs');
    // "critics-in-chief" is one word, not "critics": the name word stays.
    expect(properWordsOf(texts, ['Critics Hobbs'])).toContain('Critics');
    expect(properWordsOf(['Some critics said Hobbs was late.'], ['Critics Hobbs'])).not.toContain('Critics');
    // Inside another word ("xcritics", "O'critics") the lower-case run does not count.
    expect(properWordsOf(["The xcritics and O'critics met Hobbs."], ['Critics Hobbs'])).toContain('Critics');
  });

  it('gives each caller of contentTerms its own list, however often the same text is read', () => {
    const first = contentTerms('Officials delayed the vote again');
    first.push('changed');
    expect(contentTerms('Officials delayed the vote again')).not.toContain('changed');
    expect(contentTerms('Officials delayed the vote again')).toEqual(first.slice(0, -1));
  });
});
