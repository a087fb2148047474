import { expect, it } from 'vitest';
import { frontMatterDate } from '../../src/ingest/front-matter-date';
import { markdownFrontMatter } from '../../src/ingest/markdown-front-matter';

// Review B-r39-8/9/10: a quoted "Surname, First" in a flow list was split at its comma; an impossible day
// ("31/02/2026", "2026-02-30") rolled over into March with no note; a day-first date with a time was dropped.
const front = (lines: string) => markdownFrontMatter(`---\ntitle: Pier repairs\n${lines}\n---\n\nThe pier shuts.\n`);

it('splits a flow list on commas outside quotes, and prints a "Surname, First" entry as written', () => {
  expect(front('authors: ["Okafor, Nadia", "Reed, Tom"]')?.author).toBe('Okafor, Nadia; Reed, Tom');
  expect(front(`authors: ['Okafor, Nadia', Lee Ann, "Reed, Tom"]`)?.author).toBe('Okafor, Nadia; Lee Ann; Reed, Tom');
});

it('control: a flow list of plain names is joined as before', () => {
  expect(front('authors: [Nadia Okafor, "Tom Reed", Ama Boateng]')?.author).toBe(
    'Nadia Okafor, Tom Reed and Ama Boateng',
  );
});

it('an impossible day is not understood, day-first or ISO, and the note says so', () => {
  for (const value of ['31/02/2026', '2026-02-30', '31/04/2026', '29/02/2027', '2026-04-31 10:00']) {
    expect(frontMatterDate(value)).toEqual({
      note: `the front matter's date "${value}" was not understood and was left out`,
    });
  }
  const parsed = front('date: 31/02/2026');
  expect(parsed?.date).toBeUndefined();
  expect(parsed?.note).toContain('"31/02/2026" was not understood');
});

it('a day-first date with a time is read, the time kept as the ISO path keeps it', () => {
  expect(frontMatterDate('30/11/2026 14:00')).toEqual({ date: '2026-11-30 14:00' });
  expect(frontMatterDate('30/11/2026 14:00:05')).toEqual({ date: '2026-11-30 14:00:05' });
  expect(Date.parse(frontMatterDate('30/11/2026 14:00').date!)).toBe(Date.parse('2026-11-30 14:00'));
});

it('controls: real days and a leap day are read; a bad time is not', () => {
  expect(frontMatterDate('29/02/2028')).toEqual({ date: '2028-02-29' });
  expect(frontMatterDate('2026-02-28')).toEqual({ date: '2026-02-28' });
  expect(frontMatterDate('2026-11-30 14:00')).toEqual({ date: '2026-11-30 14:00' });
  expect(frontMatterDate('30/11/2026')).toEqual({ date: '2026-11-30' });
  expect(frontMatterDate('30/11/2026 25:00').note).toContain('was not understood');
});
