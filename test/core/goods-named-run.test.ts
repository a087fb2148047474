import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * Audit 58, B-a58-2: "Geneva trader Sundholm Commodities" was listed as a person with the role "Geneva trader". A run
 * no given name opens, closing on the plural of a goods noun, is a trading firm. Copy written for the test.
 */
const typeOf = (name: string, ...ps: string[]) =>
  analyzeArticle(['Tanker fixed for winter', ...ps].join('\n\n')).entities.find((e) => e.name === name)?.type;

describe('a run closing on a plural of goods is a firm', () => {
  it('after a place and a role noun ("Lisbon trader …"), with or without "which"', () => {
    const ps = ['The tanker was fixed on a time charter to Lisbon trader Orvald Commodities, brokers said.'];
    expect(typeOf('Orvald Commodities', ...ps)).toBe('organization');
    const which = ['Antwerp dealer Kestermann Metals, which has declined to comment, bought the cargo in May.'];
    expect(typeOf('Kestermann Metals', ...which)).toBe('organization');
  });

  it('a given name, a "who" or a pronoun after keeps the run a person', () => {
    expect(typeOf('Sarah Grains', 'Sarah Grains, a broker, fixed the tanker.')).toBe('person');
    expect(typeOf('Tumelo Metals', 'Tumelo Metals, who runs the desk, fixed the tanker.')).toBe('person');
    expect(typeOf('Tumelo Metals', 'Tumelo Metals said he fixed the tanker in May.')).toBe('person');
  });

  it('with no firm cue a run stays a person, even with a given name the first-name list lacks (review 60, R60-3)', () => {
    const apposition = ['Kwabena Pickles, a retired teacher, spoke against the plan at the hall.'];
    expect(typeOf('Kwabena Pickles', ...apposition)).toBe('person');
    const surname = ['Olumide Oates told the hall the plan was rushed. "Nobody asked us," Oates said.'];
    expect(typeOf('Olumide Oates', ...surname)).toBe('person');
    const bare = ['Olumide Oates spoke against the plan at the hall.'];
    expect(typeOf('Olumide Oates', ...bare)).toBe('person');
  });

  it('"it" after the run tells a firm with no role noun before it', () => {
    const it = ['Varnholt Grains said it would ship the cargo in May.'];
    expect(typeOf('Varnholt Grains', ...it)).toBe('organization');
  });

  it('a plural WordNet gives as a surname is no firm ("Woods", "Mills")', () => {
    expect(typeOf('Oduya Mills', 'The tanker was fixed by broker Oduya Mills in May.')).toBe('person');
  });
});
