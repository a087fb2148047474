import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { landformName } from '../../src/core/landform-name';
import { locativeOnly } from '../../src/core/locative-only';
import { whoIsWho } from '../../src/core/who-is-who';

/** Audit 59 N1: places listed as people or organisations. Copy written for the test. */
const who = (...ps: string[]) => whoIsWho(analyzeArticle(['Storm closes the ferry route', ...ps].join('\n\n')));

describe('places the copy names are neither people nor organisations', () => {
  it('"the" before a run ending on a body of water or a landform names a place ("the Coral Sea")', () => {
    const w = who(
      'A cargo ship ran aground in the Coral Sea on Monday, the coastguard said.',
      '"We are watching the Coral Sea closely," said Captain Ines Okafor. Okafor said tugs were on the way.',
    );
    expect(w.organizations).not.toContain('Coral Sea');
    expect(w.people.map((p) => p.name)).toEqual(['Ines Okafor']);
  });

  it('a run written twice, each time after "at", "in" or "near", is a place ("at Holbeck Cross … near Holbeck Cross")', () => {
    const w = who(
      'Trains were halted at Holbeck Cross after the line flooded near Holbeck Cross overnight.',
      '"The track is under water," said Divya Raman, a signaller. Raman said repairs would take a week.',
    );
    expect([...w.people.map((p) => p.name), ...w.organizations]).toEqual(['Divya Raman']);
  });

  it('a person the copy also names as a subject is never read as a place', () => {
    expect(locativeOnly('Tendai Coles', 'We met in Tendai Coles. Tendai Coles said no.')).toBe(false);
    expect(locativeOnly('Holbeck Cross', 'Halted at Holbeck Cross, then near Holbeck Cross.')).toBe(true);
    // One mention is no pattern, nor a possessor after the preposition ("in Holbeck Cross's").
    expect(locativeOnly('Holbeck Cross', 'Halted at Holbeck Cross.')).toBe(false);
    expect(locativeOnly('Holbeck Cross', "Halted in Holbeck Cross's yard, then at Holbeck Cross.")).toBe(false);
  });

  it('the landform heads come from WordNet: seas and gulfs in, banks (bodies) and marshes (a surname) out', () => {
    expect(['Coral Sea', 'Persian Gulf', 'Arabian Peninsula', 'Bering Strait'].filter((n) => !landformName(n))).toEqual(
      [],
    );
    expect(['Deutsche Bank', 'Ellen Marsh', 'Sea', 'Ines Okafor'].filter(landformName)).toEqual([]);
  });
});
