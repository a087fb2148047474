import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { tempStoreCli } from '../support/temp-store-cli';

// ux34: a day-one user typed a file's path where a stored story's words go (`brief draft.txt`,
// `ask draft.txt "…"`). It was searched as words and missed, with no word on the file. The miss now says
// the path is a file and gives the command that reads it. Written copy, not a corpus article.
const STORY = `Ashby parish council halts play park rebuild

Ashby's parish council has halted the rebuild of the Mill Lane play park after the lowest bid came in £90,000 over budget.

The clerk, Omar Haddad, said the council would ask three firms to bid again by April.

"Children have waited two summers already," said parent Jess Kirk.
`;

const { cli, dir } = tempStoreCli('newsbrief-file-story-');
let file: string;
beforeEach(() => {
  file = join(dir(), 'play-park.txt');
  writeFileSync(file, STORY);
});

it('a miss on words that name a file says so, with the command that reads it', async () => {
  const brief = await cli(['brief', file]);
  expect(brief.code).toBe(1);
  expect(brief.out + brief.err).toContain(
    `${file} is a file, not a stored story: see its brief with newsbrief analyze ${file}`,
  );
  const ask = await cli(['ask', file, 'who is the clerk?']);
  expect(ask.code).toBe(1);
  expect(ask.out + ask.err).toContain(`newsbrief ask --file ${file} 'who is the clerk?'`);
  // The JSON's error stays the miss's first line.
  const json = JSON.parse((await cli(['ask', file, 'who is the clerk?', '--json'])).out);
  expect(json.error).toMatch(/^No stor/);
  expect(json.error).not.toContain('is a file');
});

it('controls (same on main): words that name no file miss as before; a stored story is found by its words', async () => {
  const missing = await cli(['brief', join(dir(), 'no-such-file.txt')]);
  expect(missing.code).toBe(1);
  expect(missing.out + missing.err).not.toContain('is a file');
  expect((await cli(['ingest', file])).code).toBe(0);
  const found = await cli(['ask', 'play park', 'who is the clerk?']);
  expect(found.code).toBe(0);
  expect(found.out).toContain('Omar Haddad');
});
