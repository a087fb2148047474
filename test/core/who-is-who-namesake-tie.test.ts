import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Issue 13 (namesakes): two people who share a surname and are each written in full once, with no bare "Marsh" in the
 * copy, are each named once: neither is a protagonist by the other's mention. A bare surname beside them may be
 * either's, and both keep it, as before. Copy written for the test.
 */
const names = (...paragraphs: string[]) =>
  whoIsWho(
    analyzeArticle(['Mill reopens in Dunmore', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')),
  ).people.map((p) => p.name);
const OPENING = 'The old paper mill on Quay Street reopened on Monday after a two-year refit.';

describe('who is who, namesakes named in full equally often', () => {
  it('lists neither namesake when each is named once and no bare surname follows', () => {
    const listed = names(
      OPENING,
      'The refit was begun under Arthur Marsh, the founder, and finished by the council.',
      'Visitors were shown a portrait of Edith Marsh by the door.',
      'Tickets for the tours sold out by noon.',
    );
    expect(listed).not.toContain('Arthur Marsh');
    expect(listed).not.toContain('Edith Marsh');
  });

  it("control: a bare surname after namesakes each named once in full may be either's, and both stay listed", () => {
    const listed = names(
      OPENING,
      'The site was sold in 1990 by Arthur Marsh, the founder.',
      'It is now run by Edith Marsh. Marsh hired 40 staff this year, and Marsh plans a second line.',
    );
    expect(listed).toEqual(expect.arrayContaining(['Edith Marsh', 'Arthur Marsh']));
  });

  it('control: a namesake named in full more often keeps the bare surnames, as before', () => {
    const listed = names(
      OPENING,
      'Edith Marsh runs the mill. Edith Marsh bought it from her uncle, Arthur Marsh, in 2019.',
      'Marsh hired 40 staff this year.',
    );
    expect(listed).toContain('Edith Marsh');
    expect(listed).not.toContain('Arthur Marsh');
  });
});
