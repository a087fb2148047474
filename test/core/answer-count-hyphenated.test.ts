import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { counts, firstCited } from '../support/count-answers';

// A spelled number written with a hyphen ("Twenty-seven", "Forty-two") is one word to the tokenizer, and the count
// reader took no such word for a number: "how many councils …?" cited a sentence counting 12 councils on the other
// side over "Twenty-seven councils … are challenging …". Composed copy.
const court = analyzeArticle(`Councils take bin plan to court

By Ana Cole

At Tuesday's hearing, the challengers will face the Environment Agency, 12 councils and several waste firms that support the bin plan in court.

Twenty-seven councils led by Elmouth and two waste industry groups are challenging the agency's bin plan before three judges of the High Court.

The plan would require weekly food waste collections from 2027.
`);
const challenging =
  "Twenty-seven councils led by Elmouth and two waste industry groups are challenging the agency's bin plan before three judges of the High Court.";
const support =
  "At Tuesday's hearing, the challengers will face the Environment Agency, 12 councils and several waste firms that support the bin plan in court.";

describe('a hyphenated spelled number counts', () => {
  it('"Twenty-seven councils" counts councils, "Forty-two firefighters" firefighters', () => {
    expect(counts(challenging, 'How many councils are challenging the plan?')).toBe(true);
    expect(counts('Forty-two firefighters from three stations helped.', 'How many firefighters helped?')).toBe(true);
  });

  it('"how many councils are fighting the plan?" cites the twenty-seven', () => {
    expect(firstCited(court, 'How many councils are fighting the bin plan in court?')).toBe(challenging);
  });

  it('controls: the 12 still answer who supports it; a hyphenated word that is no number counts nothing', () => {
    expect(firstCited(court, 'How many councils support the bin plan?')).toBe(support);
    expect(counts('A forty-something councillor spoke.', 'How many councillors spoke?')).toBe(false);
    expect(counts('Twenty-seven-year-old councillor Sam Lee spoke.', 'How many councillors spoke?')).toBe(false);
  });
});
