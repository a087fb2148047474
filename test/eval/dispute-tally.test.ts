import { describe, expect, it } from 'vitest';
import { disputeLine, disputeTally } from '../../src/eval/dispute-tally';
import type { EditorArticle } from '../../src/eval/followup-editor-data';
import { labelledStory } from '../support/labelled-story';

/** A story whose sentences matching `flagged` are flagged passages of the given type. */
function typed(paragraphs: readonly string[], flagged: RegExp, type: string): EditorArticle {
  const story = labelledStory(paragraphs, flagged);
  return { ...story, typeOf: new Map(story.labelKeys.map((k) => [k, type])) };
}

const EXCHANGE = [
  'Tom Hale, a councillor, said the council had cut bus services in every ward of the city this year.',
  'But Jane Price, the council leader, said bus services had not been cut in any ward of the city this year.',
  'The depot on Mill Street opened in 1990.',
];

describe('disputeTally', () => {
  it('counts a central dispute asked on a disputed passage', () => {
    const t = disputeTally([typed(EXCHANGE, /not been cut/, 'disputed')]);
    expect(t).toEqual({
      articles: 1,
      disputedArticles: 1,
      disputedPassages: 1,
      asked: 1,
      citing: 1,
      citingDisputed: 1,
    });
  });

  it('a flagged passage of another type is cited, but is no disputed one', () => {
    const t = disputeTally([typed(EXCHANGE, /not been cut/, 'unverified')]);
    expect([t.disputedArticles, t.asked, t.citing, t.citingDisputed]).toEqual([0, 1, 1, 0]);
  });

  it('a disputed passage the central dispute does not cite', () => {
    const t = disputeTally([typed(EXCHANGE, /depot/, 'disputed')]);
    expect([t.disputedPassages, t.asked, t.citing, t.citingDisputed]).toEqual([1, 1, 0, 0]);
  });

  it('no exchange, no central dispute; labels without types count as none disputed', () => {
    const story = labelledStory(['The depot on Mill Street opened in 1990.', 'It may close next year.'], /close/);
    expect(disputeLine([story])).toBe(
      'disputes: 0 of 1 articles hold a passage flagged disputed (0 passages); the central dispute is asked on 0, 0 citing a flagged passage, 0 a disputed one',
    );
  });
});
