import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const speakers = (body: string): Array<string | null> =>
  analyzeArticle(body, { title: 'Recount ordered in harbour ward' }).quotes.map((q) => q.speaker);

/** Sample 29: a titled surname's particles were cut off it ("Mr. de la Cruz" printed "Cruz"). */
describe("a titled surname keeps its particles; a firm's name joined by '&' is no person", () => {
  it('prints "de la Cruz" and "van der Berg" whole after an honorific', () => {
    const found = speakers(
      [
        'The count in the harbour ward ended after midnight on Tuesday.',
        '“It was a fair count and I accept it,” Mr. de la Cruz said outside the hall.',
        '“We will ask for the ballots to be checked again,” Ms. van der Berg said.',
      ].join('\n\n'),
    );
    expect(found).toEqual(['de la Cruz', 'van der Berg']);
  });

  it('lists a titled surname opened by a particle, quoted once with its role', () => {
    const analysis = analyzeArticle(
      [
        'The council set its budget on Thursday after a long night of talks.',
        '“We kept every promise we made,” Mr. van der Berg, the finance chief, said.',
      ].join('\n\n'),
      { title: 'Budget passes' },
    );
    expect(whoIsWho(analysis).people).toContainEqual({ name: 'van der Berg', role: 'finance chief' });
  });

  it('reads "Ernst & Young" as one name, not a person called Young', () => {
    const found = speakers(
      [
        'The council’s accounts were signed off late for the third year running.',
        '“The books balance, but the records were incomplete,” Harwell & Young said in its report.',
      ].join('\n\n'),
    );
    expect(found).toEqual(['Harwell & Young']);
  });

  it('controls: a given name before the particle, and two people joined by "and", read as before', () => {
    const body = [
      'The council met again on Wednesday to hear the appeal.',
      '“The rules were followed to the letter,” said Maria de Souza, the returning officer.',
      '“No one has complained to us,” Okafor and Lind said in a joint statement.',
    ].join('\n\n');
    const found = speakers(body);
    expect(found[0]).toBe('Maria de Souza');
    // Prose joins people with "and": "Lind" is still read as a person, no firm. Since session 55 (sp68b) the pair's
    // words credit neither alone when the copy never names them in full.
    expect(found[1]).toBeNull();
    const people = analyzeArticle(body, { title: 'Recount ordered in harbour ward' }).entities;
    expect(people.find((e) => e.name === 'Lind')?.type).toBe('person');
  });
});

/**
 * Session 50, fix50b (audit 51, B-a51-11): a title before a given name and two particles ("Cllr Pieternel van der
 * Walt-Dube") made five name-like words, read as a title, so no one was named and her quote went unattributed.
 * Lower-case particles now count, like initials, as no word of the four a name may have (parse-person.ts).
 */
describe('a titled name with two particles', () => {
  const read = (name: string) =>
    analyzeArticle(
      [
        `The opposition whip on the water board, ${name}, accused the chairman of hiding the audit.`,
        '“He had the figures in March and sat on them,” she said.',
      ].join('\n\n'),
      { title: 'Water board audit row' },
    );

  it('names the person, who is quoted', () => {
    const analysis = read('Cllr Pieternel van der Walt-Dube');
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(['Cllr Pieternel van der Walt-Dube']);
    expect(whoIsWho(analysis).people.map((p) => p.name)).toContain('Pieternel van der Walt-Dube');
  });

  it('control: one particle after the title was read before', () => {
    expect(read('Cllr Pieternel van Walt-Dube').quotes.map((q) => q.speaker)).toEqual(['Cllr Pieternel van Walt-Dube']);
  });
});
