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
    expect(wordBigrams('The team created jobs')).toEqual(['the team', 'team created', 'created jobs']);
  });

  // Session 60: "U.S." read as two lone letters was no term at all, and "US" lowercased to the pronoun.
  it('reads a dotted initialism as one word, and the capital "US" apart from the pronoun', () => {
    expect(contentTerms('U.S. farm exports')).toEqual(contentTerms('US farm exports'));
    expect(contentTerms('U.S. farm exports')).toContain('usa');
    expect(contentTerms('the U.N. envoy')).toEqual(contentTerms('the UN envoy'));
    expect(contentTerms('They told us about farm exports')).not.toContain('usa');
    expect(tokenizeWords('George W. Bush')).toEqual(['george', 'w', 'bush']);
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
