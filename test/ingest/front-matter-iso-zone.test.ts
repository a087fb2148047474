import { expect, it } from 'vitest';
import { frontMatterDate } from '../../src/ingest/front-matter-date';
import { frontMatterInstant } from '../../src/ingest/front-matter-instant';

const stored = (value: string) => {
  const { date } = frontMatterDate(value);
  return date ? new Date(frontMatterInstant(date, 'UTC')).toISOString() : undefined;
};

// Review B-r44-12: "2026-12-05T14:00:00 BST" became "2026-12-05T14:00:00 +01:00", which Date.parse cannot read, so
// the date was dropped downstream with no note. The ISO form with a "T" is read as the space form is.
it('reads an ISO date with a "T" and a zone abbreviation as the space form is read', () => {
  expect(stored('2026-07-05T14:00:00 BST')).toBe('2026-07-05T13:00:00.000Z');
  expect(stored('2026-07-05T14:00 CEST')).toBe('2026-07-05T12:00:00.000Z');
  expect(stored('2026-12-05T14:00:00 GMT')).toBe('2026-12-05T14:00:00.000Z');
  expect(frontMatterDate('2026-12-05T14:00:00 BST').note).toMatch(/names summer time \("BST"\), which is not in force/);
});

it('never drops a date in silence: a date read but not readable leaves a note', () => {
  const fate = (value: string) => {
    const { date, note } = frontMatterDate(value);
    if (date !== undefined) return Number.isNaN(Date.parse(date)) ? 'silent' : 'read';
    return note ? 'noted' : 'silent';
  };
  expect(['2026-12-05T14:00:00 BST', '2026-12-05T14:00:00.000 CEST', '2026-12-05T2pm BST'].map(fate)).toEqual([
    'noted',
    'noted',
    'noted',
  ]);
});

it('controls: ISO forms Date.parse already read are stored as written', () => {
  expect(frontMatterDate('2026-12-05T14:00:00Z')).toEqual({ date: '2026-12-05T14:00:00Z' });
  expect(frontMatterDate('2026-12-05T14:00:00+01:00')).toEqual({ date: '2026-12-05T14:00:00+01:00' });
  expect(stored('2026-07-05 14:00 BST')).toBe('2026-07-05T13:00:00.000Z');
});
