import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { captureIo } from '../support/capture-io';
import { sharedWorkerPool } from '../support/shared-worker-pool';
import { tempStoreCli } from '../support/temp-store-cli';

// No test here looks at the ingest pool itself: one thread serves every command the file runs.
const pool = sharedWorkerPool();

// ux37 (session 36): a newsroom user saved a page's source as a .txt file (or pasted it into
// `/brief add`). It was stored as text, tags and all: a title of "<html><head><title>…", a summary
// bullet of markup. A .txt holding a page's source is now read as the page it is, and a pasted
// page is refused with what to paste instead. Written copy, not a corpus article.
const PAGE =
  '<!DOCTYPE html>\n<html><head><title>Tram depot plan | Example News</title><script>var tracker = 1;</script></head>' +
  '<body><nav>Home | Local | Sport</nav><article><h1>Tram depot plan scaled back after residents object</h1>' +
  '<p>Plans for a new tram depot in Eastfield have been scaled back after more than 400 residents objected, the transport board said on Wednesday.</p>' +
  '<p>"We listened, and the depot will now be half the size," said the board\'s chair, Ruth Okafor.</p>' +
  '<p>Residents said the smaller depot would still bring heavy traffic to Mill Street at night.</p></article></body></html>\n';

const PROSE =
  'Council web team fixes broken page\n\n' +
  'The council said a fault in its website template left a stray <div> tag at the top of every page for three days last week. ' +
  'Officials said no personal data was exposed and that the fault, which stopped some forms from loading, was fixed on Friday. ' +
  'Residents who could not submit planning comments will be given an extra week, the council added.\n';

const { cli, dir } = tempStoreCli('newsbrief-html-source-', pool);

it('ingest reads a .txt file holding a page’s source as that page: no tags in its title or summary', async () => {
  const file = join(dir(), 'depot.txt');
  writeFileSync(file, PAGE);
  const ingest = await cli(['ingest', file]);
  expect(ingest.code).toBe(0);
  expect(ingest.out).toMatch(/added {3}#1 Tram depot plan/);
  const brief = await cli(['brief', '1']);
  expect(brief.out).not.toMatch(/<\/?(?:html|head|p|script|title|body)\b/);
  expect(brief.out).not.toContain('var tracker');
  expect(brief.out).toContain('scaled back after more than 400 residents objected');
});

it('ask --file reads it the same way, nothing stored', async () => {
  const file = join(dir(), 'depot.txt');
  writeFileSync(file, PAGE);
  const ask = await cli(['ask', '--file', file, 'who chairs the board?', '--json']);
  expect(ask.code).toBe(0);
  expect(JSON.parse(ask.out).answer).toContain('Ruth Okafor');
  expect(JSON.parse(ask.out).answer).not.toContain('<p>');
});

it('control: prose that mentions a tag, and a .md opening with an HTML block, stay text', async () => {
  const txt = join(dir(), 'web-team.txt');
  writeFileSync(txt, PROSE);
  const md = join(dir(), 'depot.md');
  writeFileSync(md, `<div align="center"></div>\n\n# Depot news</p>\n\n${PROSE.split('\n\n')[1]}</p>\n`);
  const ingest = await cli(['ingest', txt, md]);
  expect(ingest.code).toBe(0);
  expect(ingest.out).toMatch(/added {3}#1 Council web team fixes broken page/);
  expect(ingest.out).toMatch(/added {3}#2 <div align="center"><\/div>/);
  expect((await cli(['brief', '1'])).out).toContain('a stray <div> tag');
});

it('a page’s source pasted after /brief add is refused with what to paste, and nothing is stored', async () => {
  const io = captureIo(
    { NEWSBRIEF_DB: join(dir(), 'newsbrief.db'), NEWSBRIEF_LOG_LEVEL: 'silent' },
    [`/brief add ${PAGE.replace(/\n/g, ' ')}`, `/brief add ${PROSE.replace(/\n/g, ' ')}`, '/brief list'],
    pool,
  );
  expect(await runCli(['start'], io)).toBe(0);
  expect(io.out()).toContain('Not added: that is a web page’s HTML source (tags and all), not its text.');
  expect(io.out()).toContain('or the page’s link to have it fetched');
  // The first run stores the samples (#1–#3); the prose paste is #4 and the page is not stored.
  expect(io.out()).toMatch(/Added: “Council web team fixes broken page[^”]*” \(#4\)/);
  expect(io.out()).not.toMatch(/• <!DOCTYPE|• Tram depot/);
});
