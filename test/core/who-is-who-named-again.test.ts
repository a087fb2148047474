import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Issue 13, review 47 B-r47-4: court and crime copy names its subject once and goes on with the role noun or a
 * pronoun; that subject is a protagonist, not an "Also named". Copy written for the test.
 */
const who = (...paragraphs: string[]) =>
  whoIsWho(analyzeArticle(['Baker in court', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')));
const names = (w: ReturnType<typeof who>) => w.people.map((p) => p.name);
const PROSECUTOR = 'Prosecutor Dina Wexley told the court the money was never repaid. “It was planned,” Wexley said.';

describe('who is who, a subject named once then by role or pronoun', () => {
  it('lists the subject the copy goes on calling "the baker"', () => {
    const w = who(
      'Ruth Ashdale, a 51-year-old baker from Nettleford, was charged on Monday with taking £9,000 from a charity fund.',
      'The baker was given a suspended sentence at Marlow crown court.',
      PROSECUTOR,
    );
    expect(names(w)).toContain('Ruth Ashdale');
    expect(w.alsoNamed ?? []).toEqual([]);
  });

  it('lists the subject when the next sentence opens on her pronoun', () => {
    const w = who(
      'Ruth Ashdale, a 51-year-old baker from Nettleford, was charged on Monday with taking £9,000 from a charity fund.',
      'She will be sentenced at Marlow crown court in April.',
      PROSECUTOR,
    );
    expect(names(w)).toContain('Ruth Ashdale');
  });

  it('control: named once with a role and never again stays on the "Also named" line', () => {
    const w = who(
      PROSECUTOR,
      'Ruth Ashdale, a 51-year-old baker from Nettleford, has the backing of several neighbours.',
      'The hearing lasted two hours.',
    );
    expect(names(w)).not.toContain('Ruth Ashdale');
    expect(w.alsoNamed).toEqual([{ name: 'Ruth Ashdale', role: '51-year-old baker from Nettleford' }]);
  });

  it('control: a pronoun after another person named in between is not hers', () => {
    const w = who(
      PROSECUTOR,
      'Ruth Ashdale, a 51-year-old baker from Nettleford, has the backing of Wexley.',
      'She has led the prosecution since 2019.',
    );
    expect(names(w)).not.toContain('Ruth Ashdale');
  });

  it('control: the role noun modifying another noun ("the baker shop") is not her', () => {
    const w = who(
      PROSECUTOR,
      'Ruth Ashdale, a 51-year-old baker from Nettleford, has the backing of several neighbours.',
      'The baker shop on Mill Lane closed in May.',
    );
    expect(names(w)).not.toContain('Ruth Ashdale');
  });

  it("a pronoun after a person named as an object is the running subject's, not hers (review 48 B-r48-6)", () => {
    const w = who(
      'Ruth Ashdale, a 51-year-old baker from Nettleford, was jailed on Monday for taking £9,000 from a charity fund.',
      'Ashdale admitted six counts of theft in March.',
      'The jury heard that most of the fund was raised by Helen Carrow, a retired teacher from Kelsby.',
      'She spent the money on a caravan and a holiday in Spain, the court was told.',
      PROSECUTOR,
    );
    expect(names(w)).toContain('Ruth Ashdale');
    expect(names(w)).not.toContain('Helen Carrow');
  });

  it('control: the same victim opening her own sentence keeps the pronoun', () => {
    const w = who(
      'Ruth Ashdale, a 51-year-old baker from Nettleford, was jailed on Monday for taking £9,000 from a charity fund.',
      'Ashdale admitted six counts of theft in March.',
      'Helen Carrow, a retired teacher from Kelsby, raised most of the fund.',
      'She told the court she felt betrayed.',
      PROSECUTOR,
    );
    expect(names(w)).toContain('Helen Carrow');
  });

  it('a name a copula equates with the subject keeps the pronoun ("The treasurer is Helen Carrow. She …")', () => {
    const w = who(
      'Ruth Ashdale, a 51-year-old baker from Nettleford, was jailed on Monday for taking £9,000 from a charity fund.',
      'Ashdale admitted six counts of theft in March.',
      'The fund treasurer is Helen Carrow, a retired teacher from Kelsby.',
      'She has asked the charity to change its bank.',
      PROSECUTOR,
    );
    expect(names(w)).toContain('Helen Carrow');
  });
});
