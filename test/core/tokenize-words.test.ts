import { describe, expect, it } from 'vitest';
import { contentTerms, tokenizeWords, wordBigrams } from '../../src/core/tokenize-words';

describe('tokenize-words', () => {
  it('folds stems and common news paraphrases together', () => {
    expect(contentTerms('new mums')).toEqual(contentTerms('new mothers'));
    expect(contentTerms('firms hiring')).toEqual(contentTerms('company hired'));
    expect(contentTerms('the ceiling')).toEqual(contentTerms('a limit'));
  });

  it('drops stopwords and possessives, keeps numbers', () => {
    expect(contentTerms('What is the £1,400 for?')).toEqual(['1,400']);
    expect(tokenizeWords("Flynn's attorney")).toEqual(['flynn', 'attorney']);
  });

  it('builds lowercase bigrams for ROUGE-2', () => {
    expect(wordBigrams('The US created jobs')).toEqual(['the us', 'us created', 'created jobs']);
  });
});
