import { expect, it } from 'vitest';
import { tempStoreCli } from '../support/temp-store-cli';

// Review B-r38-16: ids typed in full-width digits ("brief ３") worked, but "--limit ２" was refused: a user in a
// full-width keyboard mode types both.
const { cli } = tempStoreCli('newsbrief-limit-width-');

it('--limit takes full-width digits as it takes ASCII ones, and a page number is read the same', async () => {
  expect((await cli(['list', '--limit', '２'])).code).toBe(0);
  expect((await cli(['list', '--limit=１０'])).code).toBe(0);
  expect((await cli(['list', '２'])).err).toContain('newsbrief list --limit');
});

it('controls: a full-width zero, a word, or digits with letters are still refused', async () => {
  for (const value of ['０', 'ｘ', '２x'])
    expect(await cli(['list', '--limit', value])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--limit takes a whole number from 1 to 10000.'),
    });
});
