import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/** Session 59 (sp73): issue 11's open shapes from audit 59, each with copy written for the test. */
const analyze = (...paragraphs: string[]) => analyzeArticle(['Clinic waits grow', ...paragraphs].join('\n\n'));
const speakerOf = (words: string, ...paragraphs: string[]) =>
  analyze(...paragraphs).quotes.find((q) => q.text.includes(words))?.speaker ?? null;

describe('a pronoun reporting a partial quotation right after its speaker was quoted (B-a59-16)', () => {
  it('credits the person an age-and-town apposition introduced', () => {
    const quoted = 'Maria Okafor, 51, of Leeds, said: "We waited six hours and nobody came."';
    const partial = 'She added that nurses had been "running on fumes for months".';
    expect(speakerOf('running on fumes', quoted, partial)).toBe('Maria Okafor');
  });

  it('credits the speaker of an untagged quotation run just before', () => {
    const quoted = '"We flagged it twice," said Tom Reyes, branch secretary for the drivers. "Nobody wrote back."';
    const partial = 'He said drivers had been "left holding the bag" over the cuts.';
    expect(speakerOf('left holding the bag', quoted, partial)).toBe('Tom Reyes');
  });

  it('control: a pronoun of the other sex is not the person quoted before', () => {
    const quoted = 'Maria Okafor, 51, of Leeds, said: "We waited six hours and nobody came."';
    expect(
      speakerOf('running on fumes', quoted, 'He added that nurses had been "running on fumes for months".'),
    ).not.toBe('Maria Okafor');
  });
});

describe('a colon tag whose subject is a description with a relative clause (B-a59-17)', () => {
  it('credits the description, not the person its relative clause names', () => {
    const speaker = speakerOf(
      'the group will split',
      'Council leader Peter Hale declined to comment on the vote when reporters found him at the town hall.',
      '"I will not be bounced into anything," he said.',
      'A source close to the leader said he was "deeply conflicted" about the plan.',
      '"He knows the numbers, and he knows the members," the source said.',
      'A veteran councillor, who has sat beside Mr Hale for a decade, put it more sharply: "If he signs this, the group will split."',
    );
    expect(speaker).toMatch(/veteran councillor$/);
  });
});

describe('a partitive pronoun subject (statements)', () => {
  const statementBy = (words: string, ...paragraphs: string[]) =>
    analyze(...paragraphs).statements.find((s) => s.text.includes(words))?.speaker;

  it('is no statement subject, even with an apposition after it', () => {
    const line = 'One of them, a retired teacher, said the tap water had been brown for weeks.';
    expect(statementBy('brown for weeks', 'Two residents spoke to reporters.', line)).toBeUndefined();
  });

  it('control: the description alone is', () => {
    const line = 'A retired teacher said the tap water had been brown for weeks.';
    expect(statementBy('brown for weeks', 'Two residents spoke to reporters.', line)).toMatch(/^a retired teacher$/i);
  });
});

describe('a post written out before a name, then abbreviated (audit 05 shape)', () => {
  const quote = '"The stalls must be moved by June," said the DC.';

  it('"the DC" is the holder of the post whose initials it is', () => {
    const intro = 'District Commissioner Halima Mrisho visited the market on Monday.';
    expect(speakerOf('stalls must be moved', intro, quote)).toBe('Halima Mrisho');
  });

  it('reads the post through a place before it and a form of address after it', () => {
    const intro = 'Kilimani District Commissioner Mheshimiwa Halima Mrisho visited the market on Monday.';
    expect(speakerOf('stalls must be moved', intro, quote)).toBe('Halima Mrisho');
  });

  it('control: initials the copy also writes without "the" name something else', () => {
    const intro = 'District Commissioner Halima Mrisho visited the market on Monday.';
    const other = 'DC Water, the utility, has not commented.';
    expect(speakerOf('stalls must be moved', intro, other, quote)).not.toBe('Halima Mrisho');
  });

  it('control: initials that spell a place are not the post', () => {
    const intro = 'Under Secretary Ann Lee visited Beijing on Monday.';
    expect(speakerOf('trade must be fair', intro, 'The US said "trade must be fair".')).not.toBe('Ann Lee');
  });
});
