import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const speakers = (body: string): string[] =>
  analyzeArticle(`Council news\n\n${body}`).quotes.map((q) => q.speaker ?? '');

it('reads "Sir <given name>" as the knight the copy named in full', () => {
  expect(
    speakers(
      'Sir Alfred Pennington opened the new library in Hull on Tuesday.\n\nSir Alfred said the building was "a gift to every reader in the city".',
    ),
  ).toEqual(['Alfred Pennington']);
  expect(
    speakers(
      'Dame Maud Trelawney returned to the Bristol stage this week.\n\n"I have missed every night of it," Dame Maud said.',
    ),
  ).toEqual(['Maud Trelawney']);
});

const twoKnights =
  'Sir Alfred Pennington and Sir Alfred Morley opened the new library in Hull.\n\nSir Alfred said the building was "a gift to every reader".';

it('keeps the title where the given name is not one person, never a bare given name', () => {
  // No full name: "Sir Alfred" whole, not "Alfred" printed as if a surname.
  expect(speakers('Sir Alfred said the building was "a gift to every reader in the city".')).toEqual(['Sir Alfred']);
  // Two knights with that given name: neither is chosen.
  expect(speakers(twoKnights)).toEqual(['Sir Alfred']);
});

it("resolves no other title's lone word to a given name (controls)", () => {
  // Neither of two namesake knights is chosen (main and branch alike).
  expect(speakers(twoKnights)).not.toContain('Alfred Pennington');
  expect(speakers(twoKnights)).not.toContain('Alfred Morley');
  // "Mr" takes a surname: "Mr Alfred" is a man named Alfred, not Alfred Pennington.
  expect(
    speakers(
      'Alfred Pennington opened the new library in Hull.\n\nMr Alfred said the building was "a gift to every reader".',
    ),
  ).toEqual(['Alfred']);
});
