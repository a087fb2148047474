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
});

// B-ux33-2: `ask --json` gave a section as the console's rendering ("Summary\n  • …") in "answer", found by
// rendering the reply twice. It gives the section's name and its lines as data now, and "answer" as plain lines.
it('--json gives a section of the brief as data: which section, its items, and plain lines', async () => {
  expect((await cli(['ingest', file])).code).toBe(0);
  const ask = async (...args: string[]) => JSON.parse((await cli(['ask', ...args, '--json'])).out);
  const summary = await ask('millbrook', 'summary?');
  expect(summary).toMatchObject({ section: 'Summary', sentenceIds: [] });
  expect(summary.items.length).toBeGreaterThan(0);
  expect(summary.items[0]).toEqual({ text: expect.stringMatching(/school board/) });
  expect(summary.answer).toBe(summary.items.map((i: { text: string }) => i.text).join('\n'));
  const quoted = await ask('millbrook', 'who is quoted?');
  expect(quoted.section).toBe('Key quotes');
  expect(quoted.items).toContainEqual({ text: expect.stringMatching(/one-page summary/), speaker: 'Priya Nair' });
  expect(quoted.answer).toMatch(/^“Nobody should sign .*one-page summary\.?” — Priya Nair$/m);
  const latest = await ask('--file', file, "what's new?");
  expect(latest).toMatchObject({ section: 'Summary', note: expect.stringMatching(/^Nothing newer than this file/) });
  expect(latest.answer.split('\n')[0]).toBe(latest.note);
  // The console's rendering is unchanged.
  expect((await cli(['ask', 'millbrook', 'summary?'])).out).toMatch(/^Summary\n {2}• /);
});

it('controls (same on main): a question about one fact gets its sentence, as before', async () => {
  expect((await cli(['ingest', file])).code).toBe(0);
  const chair = await cli(['ask', 'millbrook', 'who chairs the transport panel?']);
  expect(chair.out).toMatch(/Priya Nair, who chairs the transport panel\. \(paragraph 3\)/);
  const json = JSON.parse((await cli(['ask', 'millbrook', 'when will the board meet again?', '--json'])).out);
  expect(json.answer).toMatch(/3 March/);
  expect(json).not.toHaveProperty('section');
});
