import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectSpans } from '../../src/train/quote-spans-data';
import { harborCorpus } from '../support/harbor-corpus';

/**
 * Session 40 (sp52): the quote trainer reads an article as analyzeArticle does (visible-text.ts), as the speaker
 * trainer has since session 39, so the spans it judges carry the features the engine computes: a name a no-break
 * space joins is one name there too.
 */
describe('quote training spans read as the engine reads the copy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp52-corpus-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const spans = (space: string) => {
    const text = `Harbor plan\n\nThe plan failed.\n\nDana${space}Whitcombe, a radio host, was blunt. "The harbor plan is dead on arrival."\n`;
    const labels = harborCorpus(dir, text, 'The harbor plan is dead on arrival');
    return collectSpans(dir, labels).examples.map((e) => e.features);
  };

  it('gives a span after a no-break space the features it has after a plain space', () => {
    const plain = spans(' ');
    expect(plain).toHaveLength(1);
    expect(spans('\u00a0')).toEqual(plain);
  });
});
