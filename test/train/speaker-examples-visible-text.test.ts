import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { speakerData } from '../../src/train/speaker-examples';
import { harborCorpus } from '../support/harbor-corpus';

/**
 * Session 39 (sp51): the speaker trainer reads an article as analyzeArticle does (visible-text.ts), so its
 * cross-validation sees the engine's candidates: a no-break space inside a name is a space there too.
 */
describe('speaker training data read as the engine reads the copy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp51-corpus-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const corpus = (body: string): string =>
    harborCorpus(dir, `Harbor plan\n\n${body}\n`, 'The harbor plan is dead on arrival,');

  it('offers the whole name a no-break space joins', () => {
    const labels = corpus('"The harbor plan is dead on arrival," mused radio co-host Dana\u00a0Whitcombe.');
    const data = speakerData(dir, labels);
    expect(data.examples.map((e) => e.names)).toEqual([['Dana Whitcombe']]);
  });

  it('offers the same name with a plain space (control)', () => {
    const labels = corpus('"The harbor plan is dead on arrival," mused radio co-host Dana Whitcombe.');
    const data = speakerData(dir, labels);
    expect(data.examples.map((e) => e.names)).toEqual([['Dana Whitcombe']]);
  });
});
