import { describe, expect, it } from 'vitest';
import { headlined as analysis, speakerOf } from '../support/headline-speaker';

// Audit 51's speaker findings (B-a51-8/-9/-10 and an inverted tag opening its sentence), on invented copy.

describe('a quotation whose tag sits earlier in its sentence', () => {
  it('reads a tag set off by commas inside the sentence ("Cheaper milk, he insists, is "…"")', () => {
    const lead = 'Mr Varga, who runs the dairy, is unhappy.';
    expect(
      speakerOf(`${lead} Cheaper milk, he insists, is "a race to the bottom", and the co-op agrees.`, 'a race'),
    ).toBe('Varga');
    // Control: the tag after the quotation was read before.
    expect(speakerOf(`${lead} Cheaper milk is "a race to the bottom", he insists.`, 'a race')).toBe('Varga');
  });

  it('gives "for what she described as "…"" to the pronoun, resolved as a tag\'s', () => {
    const lead = 'The bishop of Oldmere, Marta Kessling, thanked the volunteers';
    expect(speakerOf(`${lead} for what she described as "weeks of quiet work."`, 'weeks')).toBe('Marta Kessling');
    expect(speakerOf(`${lead}. "It was weeks of quiet work," she said.`, 'It was')).toBe('Marta Kessling');
  });

  it('resolves the pronoun shared by a coordinated speech verb ("She laughs and then says,")', () => {
    const lead = 'I find Ruth Aldane in her workshop. The kiln is still warm.';
    expect(speakerOf(`${lead} She laughs and then says, "Clay forgives nothing."`, 'Clay')).toBe('Ruth Aldane');
    expect(speakerOf(`${lead} Aldane laughs and then says, "Clay forgives nothing."`, 'Clay')).toBe('Ruth Aldane');
  });
});

describe('a described source before a colon', () => {
  it('reads "put it another way:" as "said:" and keeps the person the description is headed by', () => {
    const lead = 'A junior minister at the treasury, who asked not to be named,';
    expect(speakerOf(`${lead} put it another way: "We are out of money."`, 'We are')).toBe(
      'a junior minister at the treasury',
    );
    expect(speakerOf(`${lead} said: "We are out of money."`, 'We are')).toBe('a junior minister at the treasury');
  });
});

describe('a name apposed to a place noun', () => {
  it('keeps the statement of a subject whose description names its town ("a dealer in the port, Ravensby,")', () => {
    const speakers = (body: string) => analysis(body).statements.map((s) => s.speaker);
    expect(
      speakers('Traders at Holm Markets, a dealer in the port, Ravensby, reckon that grain prices will fall by May.'),
    ).toEqual(['Traders at Holm Markets, a dealer in the port, Ravensby']);
    expect(
      speakers('Traders at Holm Markets, a dealer in Ravensby, reckon that grain prices will fall by May.'),
    ).toEqual(['Traders at Holm Markets, a dealer in Ravensby']);
  });
});

describe('an inverted tag opening its sentence', () => {
  it('keeps its verb out of the name ("Said Brand,")', () => {
    const body = 'Olga Brand spoke after the vote. Said Brand, "The count was fair."';
    expect(speakerOf(body, 'The count')).toBe('Olga Brand');
    expect(analysis(body).entities.map((e) => e.name)).toEqual(['Olga Brand']);
    // Control: the tag after the quotation.
    expect(speakerOf('Olga Brand spoke after the vote. "The count was fair," said Brand.', 'The count')).toBe(
      'Olga Brand',
    );
  });
});
