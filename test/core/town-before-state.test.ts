import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/core/clean-article';
import { indexPeople } from '../../src/core/people';
import { splitSentences } from '../../src/core/split-sentences';

/*
 * Issue 13, session 46 (who49; review B-r45-14): "said Macon, Ga. Police Chief Mike Burns" made a person of the town
 * ("Macon", from the speech verb before it), a name the copy follows with a comma and a US state as the agencies
 * abbreviate it. The copy is written for the test.
 */

function peopleOf(body: string): string[] {
  return indexPeople(splitSentences(cleanArticle(`Bridge closed after crash\n\n${body}`))).people.map((p) => p.name);
}

describe('a name before a comma and a state abbreviation is a town', () => {
  it('reads "Dunmore, Ga." and "Bellport, N.J." after a speech verb as places, the officer after them as the person', () => {
    expect(peopleOf('"Be patient," said Dunmore, Ga. Police Chief Rhea Calloway.')).toEqual(['Rhea Calloway']);
    expect(peopleOf('"The bridge is shut," said Bellport, N.J. Mayor Ilsa Marchetti.')).toEqual(['Ilsa Marchetti']);
  });

  it('control: the same surname after the verb with a role or an honorific stays a person', () => {
    expect(peopleOf('"Be patient," said Calloway, the police chief.')).toEqual(['Calloway']);
    expect(peopleOf('"Be patient," said Sen. Calloway, Ga., on Monday.')).toContain('Calloway');
  });

  it('control: a party and state after a name keeps the person', () => {
    expect(peopleOf('"Be patient," said Rhea Calloway, R-Ga., on Monday.')).toEqual(['Rhea Calloway']);
  });
});
