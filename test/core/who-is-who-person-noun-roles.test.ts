import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Issue 13, audit 48 B-a48-10: a WordNet person noun (src/core/person-nouns.json) says a role as the hand list of role
 * heads does: before a given name and a surname it is no given name ("Passenger Ana Ruiz"), lower-case before a name
 * it heads the role ("former NTSB investigator Harold Quayle"), and as an apposition's head it says the run is a
 * person ("Corin Ashdale, a 51-year-old baker"). Copy written for the test.
 */
const analyze = (...paragraphs: string[]) =>
  analyzeArticle(['Flood reaches the harbour', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
const people = (...paragraphs: string[]) => whoIsWho(analyze(...paragraphs)).people;
const OPENING = 'The river broke its banks at Quayside on Sunday night and flooded 30 shops.';

/** A shopkeeper named with a word before her name, then quoted by surname. */
const farrow = (opening: string) =>
  analyze(
    OPENING,
    `${opening} Farrow, 47, said the water reached her counter.`,
    '“We lost the whole stock,” Farrow said.',
  );
const speakers = (a: ReturnType<typeof analyze>) => a.quotes.map((q) => q.speaker);
/** Pavel Rusk's role when the copy puts `role` before his name and quotes him. */
const ruskRole = (role: string) =>
  people(
    OPENING,
    `Retired harbour ${role} Pavel Rusk said the wall had been patched.`,
    '“It was always going to give way,” Rusk said.',
  ).find((p) => p.name === 'Pavel Rusk')?.role;
/** Oona Pell's role after a trader's quotation closed by `close`. */
const pellRole = (open: string, close: string, apostrophe: string) =>
  people(
    OPENING,
    `${open}Some will not reopen.${close} The trust${apostrophe}s finance director, Oona Pell, says the fund is open. ${open}We will pay,${close} she says.`,
  ).find((p) => p.name === 'Oona Pell')?.role;

describe('who is who, WordNet person nouns as roles', () => {
  it('reads a person noun before a given name and a surname as the title, not the given name', () => {
    const a = farrow('Shopkeeper Ines');
    expect(speakers(a)).toEqual(['Ines Farrow']);
    expect(whoIsWho(a).people).toContainEqual({ name: 'Ines Farrow', role: 'Shopkeeper' });
  });

  it('control: a role head before the name was already the title', () => {
    const a = farrow('Councillor Ines');
    expect(speakers(a)).toEqual(['Ines Farrow']);
    expect(whoIsWho(a).people).toContainEqual({ name: 'Ines Farrow', role: 'Councillor' });
  });

  it('control: a person noun that is also a given name opens the name', () => {
    expect(speakers(farrow('Hunter Ellis'))).toEqual(['Hunter Ellis Farrow']);
  });

  it('gives the role a lower-case person noun heads before the name', () => {
    expect(ruskRole('surveyor')).toMatch(/surveyor$/);
  });

  it('control: a listed role head before the name gave the role already', () => {
    expect(ruskRole('inspector')).toMatch(/inspector$/);
  });

  it('reads "The trust\'s director, Name," after a quotation closed by a plain single quote', () => {
    expect(pellRole("'", "'", "'")).toBe("trust's finance director");
  });

  it('control: the same after a curly closing quote', () => {
    expect(pellRole('‘', '’', '’')).toBe('trust’s finance director');
  });

  it('lists a name no table knows when an apposition gives it a person noun', () => {
    const list = people(
      OPENING,
      'Ysolde Pemberick, a 38-year-old glazier from Brackenby, was trapped in a workshop for two hours.',
      'Pemberick was taken to hospital in Marlow and released on Monday.',
    );
    expect(list.map((p) => p.name)).toContain('Ysolde Pemberick');
  });

  it('control: an apposition whose head is a thing says no person', () => {
    const list = people(
      OPENING,
      'Ysolde Pemberick, a 38-year-old glazing workshop in Brackenby, was flooded for two hours.',
      'Pemberick was shut on Monday.',
    );
    expect(list.map((p) => p.name)).not.toContain('Ysolde Pemberick');
  });

  /** Maren Holt's role when an apposition led by an article follows her name, and she is quoted by surname. */
  const holtRole = (apposition: string) =>
    people(
      OPENING,
      `Maren Holt, ${apposition}, said the cellar filled within an hour.`,
      '“Nothing could be saved,” Holt said.',
    ).find((p) => p.name === 'Maren Holt')?.role;

  it('gives the role an apposition headed by a person noun with no agent ending ("a cook", "the guru")', () => {
    expect(holtRole('a cook at the Anchor Inn')).toBe('cook at the Anchor Inn');
    expect(holtRole('the flood-defence guru')).toBe('flood-defence guru');
  });

  it('control: an agent noun heading the apposition gave the role already', () => {
    expect(holtRole('a baker at the Anchor Inn')).toBe('baker at the Anchor Inn');
  });

  it('control: an apposition headed by a thing gives no role, a person noun inside its own phrase none either', () => {
    expect(holtRole('a week after the storm')).toBeNull();
    expect(holtRole('a story about a boy and his dog')).toBeNull();
  });
});
