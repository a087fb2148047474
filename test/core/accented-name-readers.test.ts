import { describe, expect, it } from 'vitest';
import { coordinatedPartners } from '../../src/core/coordinated-partners';
import { givenNamesBefore } from '../../src/core/given-names-before';
import { looksLikePerson } from '../../src/core/looks-like-person';
import { surnameAsPerson } from '../../src/core/surname-as-person';
import { titleOfSurname } from '../../src/core/title-of-surname';

/**
 * Session 62 (layer62): the name readers that still spelt a capitalised word `[A-Z][a-z]+` and ended a name on `\b`
 * cut or missed a name spelt with letters beyond ASCII ("Jan Kova" for Jan Kovač; "\b" after "č" never holds).
 * Copy written for the test.
 */
describe('a given name and a surname read whole', () => {
  it('a partner in "A and B" keeps every letter of the surname', () => {
    expect(coordinatedPartners(['Tim Kaine'], 'Tim Kaine and Jan Kovač met. Kovač said no.')).toEqual(['Jan Kovač']);
    expect(
      coordinatedPartners(['Ruth Okafor'], 'Ruth Okafor and Łukasz Wiśniewski spoke. Wiśniewski said it was late.'),
    ).toEqual(['Łukasz Wiśniewski']);
  });

  it('counts the given names written before an accented surname', () => {
    expect(givenNamesBefore('Núñez', 'Maria Núñez spoke first. Núñez said the pier would close.')).toBe(1);
    // Control: an ASCII surname is read as before.
    expect(givenNamesBefore('Hale', 'Tom Hale and Anna Hale spoke. Hale said no.')).toBe(2);
  });
});

describe('a title or a given name before a lone surname, up to its last letter', () => {
  it('reads the office before a surname ending on an accented letter', () => {
    expect(titleOfSurname('Kovač', 'Judge Kovač said the case would be heard in May.')).toBe('Judge');
    expect(surnameAsPerson('Sørbø', ['The harbour board met.', 'Chairman Sørbø opened the meeting.'])).toBe(true);
  });

  it('takes a titled full name for a person', () => {
    expect(looksLikePerson('Mirko Kovač', 'Judge Mirko Kovač said no to the appeal.', false)).toBe(true);
    // Control: no title, no cue, an unknown first word: still not read as a person.
    expect(looksLikePerson('Ellery Kovač', 'The Ellery Kovač fund grew.', false)).toBe(false);
  });
});
