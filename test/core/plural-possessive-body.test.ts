import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { pluralPossessiveBody } from '../../src/core/plural-possessive-body';
import { tokenize } from '../../src/core/tokenize';

// Audit 58, B-a58-16: a body's name holding a plural's possessive ("Transport Workers' Federation") was cut at the
// apostrophe, leaving "Federation" or "Cooperative Society" as the body. Invented names of the shape.

const at = (text: string, word: string): boolean => {
  const words = tokenize(text);
  return pluralPossessiveBody(
    words,
    words.findIndex((w) => w.text === word),
    text,
  );
};

describe('pluralPossessiveBody', () => {
  it.each([
    ['the Coastal Ferry Workers’ Federation said', 'Workers', true],
    ["the Lake Brennor Fishermen's Cooperative Society said", 'Fishermen', true],
    ["Tom Hale's Harbour Company said", 'Hale', false],
    ["the Ferry Workers' Monday rally", 'Workers', false],
    ["the Ferry Workers' union said", 'Workers', false],
  ])('reads "%s" at %s: %s', (text, word, inside) => {
    expect(at(text, word)).toBe(inside);
  });
});

describe('a body named with a plural possessive', () => {
  it('is found whole, in the copy’s own spelling', () => {
    const a = analyzeArticle(
      "The strike was called by the Coastal Ferry Workers' Federation on Monday. " +
        '"We will not sail," said Mara Quell, a spokeswoman for the Harbour Pilots’ Association. ' +
        "The Lake Brennor Fishermen's Cooperative Society backed the strike.",
      { title: 'Ferry strike' },
    );
    const bodies = a.entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(bodies).toEqual([
      "Coastal Ferry Workers' Federation",
      'Harbour Pilots’ Association',
      "Lake Brennor Fishermen's Cooperative Society",
    ]);
  });
});
