import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { findNameRuns } from '../../src/core/name-runs';
import { parsePerson } from '../../src/core/parse-person';

/**
 * Session 54, issue 13 (who58's leftover "United Torah Judaism" cut to "Torah Judaism"): a body's head word opening a
 * run is no person's title, so the run names a body whole. Copy written for the tests.
 */
const parsed = (sentence: string) => findNameRuns(sentence).map((run) => parsePerson(run)?.name ?? null);
const bodies = (text: string) =>
  analyzeArticle(`Coalition talks\n\n${text}`)
    .entities.filter((e) => e.type === 'organization')
    .map((e) => e.name);

describe('a body word opening a run', () => {
  it('names no person in "United Reform Covenant" and keeps the body whole', () => {
    expect(parsed('Officials from United Reform Covenant met on Friday.')).toEqual([null, null, null]);
    expect(
      bodies('United Reform Covenant walked out of the talks. United Reform Covenant said it would return.'),
    ).toEqual(['United Reform Covenant']);
  });

  it('control: a given name after the body word is still a person ("United Ann Bell")', () => {
    expect(parsed('Manchester fans cheered for United Ann Bell on Friday.')[1]).toEqual('Ann Bell');
  });

  it('control: a post after the body word is a title ("Army Sgt. Jo Roe")', () => {
    expect(parsed('Army Sgt. Jo Roe said the convoy left at dawn.')[0]).toEqual('Jo Roe');
  });
});
