import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';

/**
 * fix42a (review 42, B-r42-1 and B-r42-14): kind56's settled-claim gates read near variants of their own examples
 * by grammar. A falsity word in the subject's own words leaves the claim open; a negated "hard to" disputes, and "few
 * would dispute" concedes. Copy written for the test.
 */
const shapes = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.shape);
const kinds = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.kind);

describe('a falsity word in the subject’s own words leaves the claim open', () => {
  it.each([
    'Tom Reed, the council leader, denied what he called baseless allegations that he took money from the ferry operator.',
    'Reed rejected as untrue accusations that he took money from the ferry operator.',
    'Reed dismissed as false the claims that he took money from the ferry operator.',
    'The harbour master dismissed them as groundless allegations that the pier was unsafe.',
    'Ms Okafor denied the baseless allegations that she misused council funds.',
    'Ms Okafor answered the bogus accusations, as she called them, that she misused council funds.',
  ])('%s', (text) => {
    expect(shapes(text)).toContain('claim');
  });
  it.each([
    'Critics repeated the false claim that the council sold the harbour.',
    'The leaflet spread baseless allegations that the mayor took bribes.',
    'Rumours such as false claims that the ferry had sunk spread quickly online.',
  ])('control: %s stays settled by the writer', (text) => {
    expect(shapes(text)).not.toContain('claim');
  });

  it('the denial story asks about the claim again', () => {
    const story = [
      'Council row over ferry deal',
      '',
      'The Westhaven council met on Tuesday evening to discuss the harbour budget before the vote.',
      '',
      'Tom Reed, the council leader, denied what he called baseless allegations that he took money from the ferry operator before the vote.',
      '',
      'Reed said the contract was fair.',
    ].join('\n');
    const questions = analyzeArticle(story).questions.map((q) => q.text);
    expect(questions.some((q) => /took money from the ferry operator/.test(q))).toBe(true);
  });
});

describe('a concession read by its scope: a negated "hard to" disputes, "few would" concedes', () => {
  it.each([
    'It is not hard to dispute the council’s figures, critics said.',
    'It isn’t that difficult to dispute the harbour board’s figures.',
    'It would not be hard to dispute the harbour board’s figures.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('disputed');
  });
  it('control: an unnegated "hard to dispute" still grants the claim', () => {
    expect(kinds('It is hard to dispute the council’s figures.')).not.toContain('disputed');
  });
  it('"few would dispute" concedes as "no one can deny" does', () => {
    expect(kinds('Few would dispute that the harbour needs repairs.')).not.toContain('disputed');
  });
  it('control: "many would dispute" is someone against the claim', () => {
    expect(kinds('Many would dispute that the harbour needs repairs.')).toContain('disputed');
  });
});
