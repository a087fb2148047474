import { describe, expect, it } from 'vitest';
import { learnLexicon, sentenceTerms } from '../../src/train/followup-lexicon-terms';

describe('sentenceTerms', () => {
  it('keeps lower-case words, modals and bigrams, and leaves out names and bare function words', () => {
    const terms = sentenceTerms('Clinton said the plan would cost $2 million.');
    expect(terms.has('would')).toBe(true);
    expect(terms.has('plan would')).toBe(true);
    expect(terms.has('cost')).toBe(true);
    expect(terms.has('the')).toBe(false);
    expect([...terms].some((t) => t.includes('clinton'))).toBe(false);
    // A number reads as its class, so "$2 million" and "$5 million" share a term.
    expect(terms.has('$# million')).toBe(true);
    expect(sentenceTerms('About 5 million people').has('# million')).toBe(true);
  });
});

describe('learnLexicon', () => {
  const rows = [
    ...Array.from({ length: 20 }, (_, i) => ({ terms: new Set(['revealed', `w${i}`]), flagged: i < 12 })),
    ...Array.from({ length: 200 }, (_, i) => ({ terms: new Set(['council', `w${i}`]), flagged: i < 10 })),
    ...Array.from({ length: 4 }, () => ({ terms: new Set(['rare']), flagged: true })),
  ];

  it('finds the term enriched in flagged sentences, not the common one', () => {
    const terms = learnLexicon(rows, { minCount: 5, z: 1.96 }).map((t) => t.term);
    expect(terms[0]).toBe('revealed');
    expect(terms).not.toContain('council');
  });

  it('leaves out terms in fewer sentences than the minimum, however enriched', () => {
    expect(learnLexicon(rows, { minCount: 5, z: 0 }).map((t) => t.term)).not.toContain('rare');
    expect(learnLexicon(rows, { minCount: 4, z: 0 }).map((t) => t.term)).toContain('rare');
  });

  it('gives the same lexicon whatever the order of the rows', () => {
    expect(learnLexicon([...rows].reverse(), { minCount: 3, z: 0 })).toEqual(learnLexicon(rows, { minCount: 3, z: 0 }));
  });
});
