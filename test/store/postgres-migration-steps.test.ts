import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { postgresMigrations } from '../../src/store/postgres/postgres-migrations';

const fingerprint = (sql: string) => createHash('sha256').update(sql).digest('hex').slice(0, 16);

// A database that applied a step never runs it again, so a shipped step's SQL must not change
// (not even its spacing, which moving it between files could) and the steps must keep their order.
// A new step is added at the end of this list along with the migration.
it('keeps every shipped PostgreSQL step, in order, with its SQL as it shipped', () => {
  expect(postgresMigrations.map((m) => [m.id, fingerprint(m.sql)])).toEqual([
    ['articles-001-init', 'c9320d53dd5502f9'],
    ['conversations-001-init', '8d6d3997989628eb'],
    ['llm-cache-001-init', '5366b2e1b0d08918'],
    ['schedules-001-init', 'ee752fcc61d096cb'],
    ['feeds-001-init', 'cfbd6c1b915c0807'],
    ['post-slots-001-init', 'ccc60c3caa2831a0'],
    ['articles-002-newest-first-suggest', 'a4a4684553be42bd'],
    ['schedules-002-first-attempt', '8982c2ad2c36d6e6'],
    ['schedules-004-failure-kind', '9b9dbba260a96982'],
    ['schedules-005-follow-by-id', 'd1342004365c3894'],
    ['conversations-002-links-outlive-stories', '3bc52f4338f9be8e'],
    ['conversations-003-handled-at-index', 'fedf4d16d8f11e8a'],
    ['schedules-006-one-per-channel', '73d461b549f5b00b'],
    ['conversations-004-deleted-story-links', '4433ce2c201f4627'],
    ['articles-004-common-words-newest-first', '6abfbe2280083e60'],
    ['articles-005-search-splits-marks', 'f50be5b98d7c73d6'],
    ['articles-006-phrase-past-position-limit', 'd1bb613136a43acf'],
    ['articles-007-search-reads-index-once', 'aef11168c2b2c1e1'],
    ['conversations-005-cited-sentences', 'f34615a4036d6f70'],
    ['schedules-007-owed-from', 'b4ed7654bf072e80'],
    ['articles-008-search-spans-by-estimate', '24f1480147c312d8'],
    ['articles-009-stored-who-is-who', 'a87c449ed8370277'],
    ['articles-010-analysis-hash', '07181ab1838f3866'],
    ['conversations-006-thread-turns', '6951305e869c6fd8'],
  ]);
});
