import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis-types';
import { phraseOwner } from '../../src/core/phrase-owner';

const LEAGUE: Entity = { name: 'Civic League National Committee', type: 'organization' };
const UNION: Entity = { name: 'Liberal Union Finance Committee', type: 'organization' };
const NATIONS: Entity = { name: 'United Nations', type: 'organization' };
const OKAFOR: Entity = { name: 'Maria Okafor', type: 'person' };
const BRANDT: Entity = { name: 'Paul Brandt', type: 'person', role: 'party treasurer' };
const AGENCY: Entity = { name: 'Northern Statistics Agency', type: 'organization' };
const ENTITIES = [AGENCY, LEAGUE, UNION, NATIONS, OKAFOR, BRANDT];

const owner = (phrase: string, before: string[], lead = ''): string | undefined =>
  phraseOwner(phrase, { before, lead, entities: ENTITIES })?.name;

describe('phraseOwner: whose a noun phrase is', () => {
  it('resolves a definite description to the body whose name holds its head noun', () => {
    expect(owner('The committee', ['The Civic League National Committee met in Leeds on Friday.'])).toBe(LEAGUE.name);
    expect(owner('The bureau', ['The Northern Statistics Agency met in Leeds on Friday.'])).toBe(AGENCY.name);
    expect(owner('This year', ['The Civic League National Committee met in Leeds on Friday.'])).toBe(undefined);
  });

  it('takes the nearest antecedent, and none when two answer in the nearest sentence', () => {
    const apart = [
      'The Civic League National Committee met on Friday.',
      'The Liberal Union Finance Committee did not.',
    ];
    expect(owner('the committee', apart)).toBe(UNION.name);
    expect(
      owner('the committee', ['The Civic League National Committee and the Liberal Union Finance Committee met.']),
    ).toBe(undefined);
  });

  it('finds the person a description names by office, abbreviated or as their role', () => {
    expect(owner('The senator', ['Sen. Maria Okafor spoke first.', 'Nobody else did.'])).toBe(OKAFOR.name);
    expect(owner('the treasurer', ['Paul Brandt signed the accounts.'])).toBe(BRANDT.name);
    expect(owner('the senator', ['Maria Okafor spoke first.'])).toBe(undefined);
  });

  it('reads a possessor and an "of" complement, resolving either in turn', () => {
    const before = ['The Civic League National Committee met on Friday.'];
    expect(owner("the committee's political director", before)).toBe(LEAGUE.name);
    expect(owner('the chairman of the committee', before)).toBe(LEAGUE.name);
    expect(owner("Okafor's 216 staffers", [])).toBe(OKAFOR.name);
  });

  it('owns a phrase by the body it names, and an indefinite description by nobody', () => {
    expect(owner('A United Nations tribunal', [])).toBe(NATIONS.name);
    expect(owner('a committee', ['The Civic League National Committee met on Friday.'])).toBe(undefined);
  });

  it('reads the lead of its own sentence before the sentences above', () => {
    expect(
      owner(
        'the committee',
        ['The Civic League National Committee met.'],
        'After the Liberal Union Finance Committee voted',
      ),
    ).toBe(UNION.name);
  });
});
