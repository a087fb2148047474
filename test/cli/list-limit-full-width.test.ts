import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { tempStoreCli } from '../support/temp-store-cli';

// Review B-r38-16: ids typed in full-width digits ("brief ３") worked, but "--limit ２" was refused: a user in a
// full-width keyboard mode types both. Review B-r39-16: with three stories stored, "--limit ２" must list exactly two,
// so a limit read wrongly (as 20, 10000, or ignored) fails here.
const { cli, dir } = tempStoreCli('newsbrief-limit-width-');

const STORY = (place: string) =>
  `${place} ferry timetable changes\n\nThe ferry between ${place} and the island will run twice a day from March, the operator said on Tuesday.\n\nPassengers said the early crossing was the one they used most and asked the council to keep it.\n`;

async function storeThree() {
  for (const place of ['Halden', 'Rosk', 'Varne']) {
    const file = join(dir(), `${place}.txt`);
    writeFileSync(file, STORY(place));
    expect((await cli(['ingest', file])).code).toBe(0);
  }
}

const listed = async (args: string[]) => JSON.parse((await cli(['list', ...args, '--json'])).out).stories.length;

it('--limit takes full-width digits as it takes ASCII ones, and a page number is read the same', async () => {
  await storeThree();
  expect(await listed([])).toBe(3);
  expect(await listed(['--limit', '２'])).toBe(2);
  expect(await listed(['--limit=１'])).toBe(1);
  expect(await listed(['--limit=１０'])).toBe(3);
  const plain = (await cli(['list', '--limit', '２'])).out.split('\n').filter((line) => /^#\d/.test(line));
  expect(plain).toHaveLength(2);
  expect((await cli(['list', '２'])).err).toContain('newsbrief list --limit');
});

it('controls: a full-width zero, a word, or digits with letters are still refused', async () => {
  for (const value of ['０', 'ｘ', '２x'])
    expect(await cli(['list', '--limit', value])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--limit takes a whole number from 1 to 10000.'),
    });
});
