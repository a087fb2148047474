import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const read = (...paragraphs: string[]) =>
  analyzeArticle(paragraphs.join('\n\n'), { title: 'Harbour talks stall again' });
const listed = (...paragraphs: string[]) => whoIsWho(read(...paragraphs)).people;
const roleOf = (name: string, ...paragraphs: string[]) => listed(...paragraphs).find((p) => p.name === name)?.role;

/** names51b: a role never opens on a clause ("then", a finite verb): the words after the comma are the predicate. */
describe('an adverb and a finite verb after "Name," open no role', () => {
  const talks = 'Talks on the harbour resumed in Valmont on Tuesday, officials said.';
  it('gives Odile Marchetti no role from ", then became a supporter of …"', () => {
    const role = roleOf(
      'Odile Marchetti',
      talks,
      'The port union, which for years was a partner of Odile Marchetti, then became a supporter of the rivals of Marchetti, including the new ferry board.',
      '"We will not sign this," Odile Marchetti said on Wednesday.',
    );
    expect(role ?? null).toBeNull();
  });

  it('keeps "then" before a role noun as the role it qualifies (control)', () => {
    const role = roleOf(
      'Odile Marchetti',
      talks,
      'The plan was drawn up by Odile Marchetti, then deputy mayor of Valmont, in 2019.',
      '"We will not sign this," Odile Marchetti said on Wednesday.',
    );
    expect(role).toBe('then deputy mayor of Valmont');
  });
});

/** names51b: "Prince Ilyas, the nephew of …" beside "Ilyas Bin Hamad Qasimi": the titled first word's apposition is his. */
describe('a role set beside a titled first word belongs to the whole name it opens', () => {
  it('lists Ilyas Bin Hamad Qasimi with the role given beside "Prince Ilyas"', () => {
    const people = listed(
      'Prince Ilyas Bin Hamad Qasimi criticised the harbour plan on Monday.',
      '"The plan is a gift to the builders," said Prince Ilyas, the nephew of the late Emir Saleh and a shipping investor, on Tuesday.',
    );
    expect(people).toEqual([
      { name: 'Ilyas Bin Hamad Qasimi', role: 'nephew of the late Emir Saleh and a shipping investor' },
    ]);
  });

  it('keeps a known given name of a two-word name apart from its apposition (control)', () => {
    const people = listed(
      'Alfred Pennington criticised the harbour plan on Monday.',
      '"The plan is a gift to the builders," said Mr Alfred, the owner of the dock cafe, on Tuesday.',
    );
    expect(people.find((p) => p.name === 'Alfred Pennington')?.role ?? null).toBeNull();
  });
});

/** names51b: "according to the the audit": the copy's doubled article is a slip, the speaker printed with one. */
describe('a description written with its article twice is printed with one', () => {
  it('credits the statement to "the city audit"', () => {
    const found = read(
      'Harbour fees rose twice last year.',
      'Dock managers also ignored three safety warnings, according to the the city audit.',
    ).statements;
    expect(found.map((s) => s.speaker)).toEqual(['the city audit']);
  });

  it('keeps a single article as written (control)', () => {
    const found = read(
      'Harbour fees rose twice last year.',
      'Dock managers also ignored three safety warnings, according to the city audit.',
    ).statements;
    expect(found.map((s) => s.speaker)).toEqual(['the city audit']);
  });
});
