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

describe('paraphrase folding', () => {
  it('matches phrasal verbs and role nouns to the words copy uses', async () => {
    const { foldPhrasalVerbs } = await import('../../src/core/phrasal-verbs');
    expect(contentTerms(foldPhrasalVerbs('the sale fell through'))).toEqual(contentTerms('the sale failed'));
    expect(contentTerms(foldPhrasalVerbs('when will she come back'))).toEqual(contentTerms('when will she return'));
    expect(contentTerms('who founded the theatre')).toEqual(contentTerms('the founder theatre'));
    expect(contentTerms('their lawyer')).toEqual(contentTerms('their attorney'));
    expect(contentTerms('the verdict')).toEqual(contentTerms('the decision'));
    // "presented evidence" is a verb, not "at present".
    expect(contentTerms('presented')).not.toEqual(contentTerms('currently'));
  });
});
