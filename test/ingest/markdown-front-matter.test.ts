import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { sharedWorkerPool } from '../support/shared-worker-pool';
import { tempStoreCli } from '../support/temp-store-cli';

// No test here looks at the ingest pool itself: one thread serves every command the file runs.
const pool = sharedWorkerPool();

// ux38 (session 37): a Markdown file opening with YAML front matter (Jekyll, Hugo, Obsidian and
// many CMS exports write one) was stored as a story titled "---", its settings its first lines.
// The front matter is now read for the title, author and date, and left out of the text.
const { cli, dir } = tempStoreCli('newsbrief-front-matter-', pool);

const BODY = [
  'Lorries leaving the Hollins quarry will use the new bypass from March, the county council said on',
  'Tuesday, after a two-year campaign by residents who complained about dust and noise in the village.',
  '',
  '"This is the news the village has waited for," said the parish council chair, Ann Reid.',
].join('\n');

async function stored(name: string, content: string) {
  writeFileSync(join(dir(), name), content);
  const run = await cli(['ingest', join(dir(), name), '--json']);
  expect(run.code).toBe(0);
  const { articleId } = JSON.parse(run.out) as { articleId: number };
  const brief = await cli(['brief', String(articleId), '--json']);
  return JSON.parse(brief.out) as {
    article: { title: string; publishedAt: string | null };
    analysis: { sentences: Array<{ text: string }> };
  };
}

it('reads a Markdown front matter for the title, author and date, and stores the text without it', async () => {
  const front = `---\ntitle: "Quarry lorries to use the bypass"\nauthor: Priya Nair\ndate: 2026-11-02\ntags:\n  - roads\n---\n\n${BODY}\n`;
  const brief = await stored('quarry.md', front);
  expect(brief.article.title).toBe('Quarry lorries to use the bypass');
  expect(brief.article.publishedAt).toBe('2026-11-02T00:00:00.000Z');
  const text = brief.analysis.sentences.map((s) => s.text).join(' ');
  expect(text).not.toMatch(/---|title:|tags:/);
  expect((await cli(['brief', '1'])).out).toContain('by Priya Nair · quarry.md · published 2026-11-02');
});

it('a heading under the front matter is the headline', async () => {
  const brief = await stored(
    'quarry.md',
    `---\ntitle: quarry-lorries\nlayout: post\n---\n\n# Lorries to use the bypass\n\n${BODY}\n`,
  );
  expect(brief.article.title).toBe('Lorries to use the bypass');
});

it('control (same on main): a rule opening prose is no front matter, and a .txt file is read as written', async () => {
  const ruled = await stored('ruled.md', `---\n\nQuarry lorries to use the bypass\n\n---\n\n${BODY}\n`);
  expect(ruled.article.title).toBe('---');
  const txt = await stored('plain.txt', `---\ntitle: Front matter in a text file\n---\n\n${BODY}\n`);
  expect(txt.article.title).toBe('---');
});

// Review B-r38-8: an author list ("author:" then "- name" lines, or Hugo's "authors: [A, B]") and a day-first date
// ("30/11/2026") were dropped without a word. They are read; a date that could be day or month first is left out and
// the ingest says so in one line.
/** The `brief` header of a file ingested now: its byline and date line. */
async function header(name: string, content: string) {
  writeFileSync(join(dir(), name), content);
  const { articleId } = JSON.parse((await cli(['ingest', join(dir(), name), '--json'])).out) as { articleId: number };
  return (await cli(['brief', String(articleId)])).out;
}

it('reads an author list, block or flow, and a day-first date', async () => {
  const block = `---\ntitle: Ferry deal fails\nauthor:\n  - Nadia Okafor\n  - Tom Reed\ndate: 30/11/2026\n---\n\n${BODY}\n`;
  expect((await stored('block.md', block)).article.publishedAt).toBe('2026-11-30T00:00:00.000Z');
  expect(await header('block.md', block)).toContain('by Nadia Okafor and Tom Reed ·');
  const flow = `---\ntitle: Ferry deal fails\nauthors: [Nadia Okafor, "Tom Reed", Ama Boateng]\n---\n\n${BODY}\n\nThe ferry will keep running until May.\n`;
  expect(await header('flow.md', flow)).toContain('by Nadia Okafor, Tom Reed and Ama Boateng ·');
});

it('a date that could be day or month first is left out, and the ingest says so', async () => {
  const file = join(dir(), 'ambiguous.md');
  writeFileSync(file, `---\ntitle: Ferry deal fails\ndate: 03/04/2026\n---\n\n${BODY}\n`);
  const run = await cli(['ingest', file]);
  expect(run.out).toContain(
    'note: the front matter\'s date "03/04/2026" could be day or month first, so it was left out',
  );
  expect(
    (await stored('ambiguous.md', `---\ntitle: Ferry deal fails\ndate: 03/04/2026\n---\n\n${BODY}\n`)).article
      .publishedAt,
  ).toBeNull();
});

it('control (same on main): a single author, an ISO date and a month-first date no day-first reading fits', async () => {
  const one = await stored(
    'one.md',
    `---\ntitle: Ferry deal fails\nauthor: Tom Reed\ndate: 11/30/2026\n---\n\n${BODY}\n`,
  );
  expect(one.article.publishedAt).toBe('2026-11-30T00:00:00.000Z');
  expect((await cli(['brief', '1'])).out).toContain('by Tom Reed ·');
});

// Review B-r40-6: the apostrophe of "Dara O'Brien" opened a "quote" in a flow list, so the commas after it stopped
// splitting ("Tom Reed and Dara O'Brien, Ann Lee"); and "''" in a single-quoted item printed as two apostrophes.
it('an apostrophe inside a plain flow item opens no quote; "\'\'" in a single-quoted item is one apostrophe', async () => {
  const plain = `---\ntitle: Ferry deal fails\nauthors: [Tom Reed, Dara O'Brien, Ann Lee]\n---\n\n${BODY}\n`;
  expect(await header('apostrophe.md', plain)).toContain("by Tom Reed, Dara O'Brien and Ann Lee ·");
  const doubled = `---\ntitle: Ferry deal fails\nauthors: ['Dara O''Brien', 'Tom Reed']\n---\n\n${BODY}\n\nThe bypass opens in March.\n`;
  expect(await header('doubled.md', doubled)).toContain("by Dara O'Brien and Tom Reed ·");
});

it('control: a quote opening an item still keeps its comma', async () => {
  const quoted = `---\ntitle: Ferry deal fails\nauthors: ["O'Brien, Dara", "Reed, Tom", Ann Lee]\n---\n\n${BODY}\n\nThe quarry stays open.\n`;
  expect(await header('quoted.md', quoted)).toContain("by O'Brien, Dara; Reed, Tom; Ann Lee ·");
});

// Review B-r40-15: with two names, "Okafor, Nadia and Tom Reed" read as three people; every name is parted by "; ".
it('a "Surname, First" name in a byline of two parts the names by "; ", never a comma or "and"', async () => {
  const two = `---\ntitle: Ferry deal fails\nauthor: ["Okafor, Nadia", Tom Reed]\n---\n\n${BODY}\n\nThe council meets in May.\n`;
  expect(await header('two.md', two)).toContain('by Okafor, Nadia; Tom Reed ·');
});

it('control (same on main): plain names of two still read "A and B"', async () => {
  const plain = `---\ntitle: Ferry deal fails\nauthor: [Nadia Okafor, Tom Reed]\n---\n\n${BODY}\n\nThe ferry fare rises in June.\n`;
  expect(await header('plain-two.md', plain)).toContain('by Nadia Okafor and Tom Reed ·');
});

// Review B-r40-9: an impossible day written year first or with a month's name rolled over into the next month silently.
it('an impossible day written with a month name or year first is left out, and the ingest says so', async () => {
  for (const [index, date] of ['November 31, 2026', '31 Nov 2026', '2026/02/30'].entries()) {
    const file = join(dir(), `impossible-${index}.md`);
    writeFileSync(file, `---\ntitle: Ferry deal fails\ndate: ${date}\n---\n\n${BODY}\n\nFerry ${index} is late.\n`);
    expect((await cli(['ingest', file])).out).toContain(`note: the front matter's date "${date}" was not understood`);
  }
});

it('control (same on main): a real day written with a month name or year first is read, with no note', async () => {
  for (const [index, date] of ['November 30, 2026', '30 Nov 2026', '2026/02/28'].entries()) {
    const file = join(dir(), `real-${index}.md`);
    writeFileSync(file, `---\ntitle: Ferry deal fails\ndate: ${date}\n---\n\n${BODY}\n\nBus ${index} is late.\n`);
    expect((await cli(['ingest', file])).out).not.toContain('note:');
    const brief = await stored(`real-${index}.md`, readFileSync(file, 'utf8'));
    expect(brief.article.publishedAt).not.toBeNull();
  }
});
