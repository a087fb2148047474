import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { generationalSuffix } from '../../src/core/generational-suffix';
import { findNameRuns } from '../../src/core/name-runs';
import { parsePerson } from '../../src/core/parse-person';
import { whoIsWho } from '../../src/core/who-is-who';
import { wholeName } from '../../src/core/whole-name';

const names = (text: string): string[] =>
  findNameRuns(text)
    .map((run) => parsePerson(run)?.name)
    .filter((n): n is string => n !== undefined);

describe('a generational suffix stays in the name', () => {
  it('keeps "Jr.", "Sr.", "III" after a full name and after a lone surname', () => {
    expect(names('Then Robert A. Vance Jr. spoke.')).toContain('Robert A. Vance Jr.');
    expect(names('The founder, Alma Ricketts Sr., left.')).toContain('Alma Ricketts Sr.');
    expect(names('Later Harry Hale III wrote back.')).toContain('Harry Hale III');
    expect(names('Vance Jr. said no.')).toContain('Vance Jr.');
  });

  it('reads the suffix after a comma ("Harold Briggs, Jr.")', () => {
    expect(names('Then Harold Briggs, Jr. arrived.')).toContain('Harold Briggs Jr.');
  });

  it('never makes the numeral of a title a name part ("World War II")', () => {
    const found = names('He served in World War II and in the Second World War.');
    expect(found.some((n) => n.includes('II'))).toBe(false);
  });

  it('gives the suffix, spelt with or without its stop, and nothing for a lone word', () => {
    expect(generationalSuffix('Robert Vance Jr.')).toBe('Jr');
    expect(generationalSuffix('Robert Vance Jr')).toBe('Jr');
    expect(generationalSuffix('Robert Vance')).toBe('');
    expect(generationalSuffix('II')).toBe('');
  });
});

const FAMILY = [
  'Vance family splits over mill',
  '',
  'Robert A. Vance, the mill owner, spoke in Dayton on Tuesday.',
  '',
  '“We will keep the mill open,” said Robert Vance Jr.',
  '',
  '“The mill will close,” Robert A. Vance said.',
  '',
  '“My father is wrong,” Vance Jr. said.',
  '',
  '“It will be close,” Vance said.',
].join('\n');

describe('father and son in one story', () => {
  const analysis = analyzeArticle(FAMILY);
  const speakerOf = (start: string) => analysis.quotes.find((q) => q.text.startsWith(start))?.speaker;

  it("credits the son's words to the son and the father's to the father", () => {
    expect(speakerOf('We will keep')).toBe('Robert Vance Jr.');
    expect(speakerOf('The mill will close')).toBe('Robert A. Vance');
  });

  it('reads "Vance Jr." later in the copy as the son', () => {
    expect(speakerOf('My father')).toBe('Robert Vance Jr.');
  });

  it('never gives a bare shared surname to either of them', () => {
    expect(['Robert A. Vance', 'Robert Vance Jr.']).not.toContain(speakerOf('It will be close'));
  });

  it('lists father and son apart in the who-is-who, each with the suffix kept or absent', () => {
    const people = whoIsWho(analysis).people.map((p) => p.name);
    expect(people).toContain('Robert A. Vance');
    expect(people).toContain('Robert Vance Jr.');
    const entities = analysis.entities.map((e) => e.name);
    expect(entities).toContain('Robert Vance Jr.');
  });
});

describe('a bare surname is not filled out from a suffixed name', () => {
  it('leaves "Elliott" bare beside "Charles Elliott III" and "Charles Elliott, Jr.", but fills out "Hale"', () => {
    const copy = 'Charles Elliott III spoke. His father, Charles Elliott, Jr., listened. Elliott said little.';
    expect(wholeName('Elliott', copy)).toBe('Elliott');
    expect(wholeName('Hale', 'Jane Hale spoke. Hale said little.')).toBe('Jane Hale');
    expect(wholeName('Elliott', 'Charles Elliott III spoke. The Church’s Elliott agreed.')).toBe('Elliott');
  });
});

describe('a suffix after a comma in a speech tag', () => {
  it("keeps it in the speaker's name", () => {
    const analysis = analyzeArticle(
      ['Rally held', '', '“The time is always right,” said Harold Briggs, Jr., the pastor, to the crowd.'].join('\n'),
    );
    expect(analysis.quotes[0]?.speaker).toBe('Harold Briggs Jr.');
  });
});

describe('a given name with a suffix ("Donald Jr.")', () => {
  const people = (copy: string): string[] => whoIsWho(analyzeArticle(copy)).people.map((p) => p.name);

  it('is the one full name with that given name and suffix, listed once under the full name', () => {
    const copy = [
      'Family takes the stage',
      '',
      'Robert Vance Jr. spoke first on Monday, and Mr. Vance Jr. said the plant would stay open.',
      '',
      '"We are here to stay," said Robert Jr., who runs the plant. Robert Jr. later toured the site.',
    ].join('\n');
    const names = people(copy);
    expect(names).toContain('Robert Vance Jr.');
    expect(names).not.toContain('Robert Jr.');
  });

  it('stays apart when two people could be meant', () => {
    const copy = [
      'Two sons take the stage',
      '',
      'Robert Vance Jr. spoke first on Monday. Robert Hale Jr. spoke next, and Mr. Hale Jr. said little.',
      '',
      '"We are here to stay," said Robert Jr., who runs the plant. Robert Jr. later toured the site.',
    ].join('\n');
    expect(people(copy)).toContain('Robert Jr.');
  });
});
