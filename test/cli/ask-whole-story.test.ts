import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { tempStoreCli } from '../support/temp-store-cli';

// ux33 (B-ux32-5): `newsbrief ask` answered "summary?" and "what's new?" with a sentence that says
// "summary" or "new", where a brief's thread gives the summary. Written copy, not a corpus article.
const STORY = `Millbrook school board delays vote on new bus contract

Millbrook's school board has put off Tuesday's vote on a £2m bus contract after parents asked to see the full terms.

The contract would give the district's routes to Crestline Coaches for five years.

"Nobody should sign a five-year deal on the strength of a one-page summary," said board member Priya Nair, who chairs the transport panel.

Crestline said its new buses would be ready by September either way.

The board will meet again on 3 March.
`;

const { cli, dir } = tempStoreCli('newsbrief-ask-whole-');
let file: string;
beforeEach(() => {
  file = join(dir(), 'millbrook-buses.txt');
  writeFileSync(file, STORY);
});

it('answers "summary?" and "what\'s new?" with the summary, for a stored story and for a file', async () => {
  expect((await cli(['ingest', file])).code).toBe(0);
  for (const story of [['millbrook'], ['--file', file]]) {
    const summary = await cli(['ask', ...story, 'summary?']);
    expect(summary.code, story.join(' ')).toBe(0);
    expect(summary.out, story.join(' ')).toMatch(/^Summary\n {2}• /);
    expect(summary.out, story.join(' ')).not.toContain('(paragraph');
    const latest = await cli(['ask', ...story, "what's new?"]);
    expect(latest.out, story.join(' ')).toMatch(/^Nothing newer than (the article as stored \(added \d{4}|this file)/);
    expect(latest.out, story.join(' ')).not.toContain('new buses would be ready');
  }
  const json = JSON.parse((await cli(['ask', 'millbrook', 'summary?', '--json'])).out);
  expect(json).toMatchObject({ section: 'Summary', sentenceIds: [] });
  expect(json.answer).toMatch(/^Summary\n/);
});

it('controls (same on main): a question about one fact gets its sentence, as before', async () => {
  expect((await cli(['ingest', file])).code).toBe(0);
  const chair = await cli(['ask', 'millbrook', 'who chairs the transport panel?']);
  expect(chair.out).toMatch(/Priya Nair, who chairs the transport panel\. \(paragraph 3\)/);
  const json = JSON.parse((await cli(['ask', 'millbrook', 'when will the board meet again?', '--json'])).out);
  expect(json.answer).toMatch(/3 March/);
  expect(json).not.toHaveProperty('section');
});
