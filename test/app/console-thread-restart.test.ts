import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { consoleSession } from '../support/console-session';
import { makeTestApp, type TestApp } from '../support/make-test-app';

// Session 45 (issue 12): Slack and Discord keep a brief's thread in the store, so a restarted bot still answers in it;
// the console's thread ref was new each run, so after a restart a question was told to brief a story first and "what
// did she say?" had nothing to lean on. The console now keeps one thread ref, linked again by each brief. Invented copy.
const PIER = `Pier repairs delayed again

Councillor Nora Vale, who chairs the works committee, said the repairs would start in May.

"We will not open the pier until it is safe," said Nora Vale.
`;

let dir: string;
const apps: TestApp[] = [];
afterEach(async () => {
  for (const t of apps.splice(0)) await t.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The same database opened afresh for each run, as `npm start` after `quit` opens it, in the terminal named (null: none). */
async function run(lines: string[], terminal: string | null = TERMINAL): Promise<string[]> {
  const t = await makeTestApp({ dbPath: join(dir, 'newsbrief.db') });
  apps.push(t);
  return consoleSession(t.app, lines, terminal ?? undefined);
}

/** The first run, on a new database holding the pier story; closed after its lines unless `keepOpen`. */
async function firstRun(lines: string[], terminal: string | undefined, keepOpen = false): Promise<void> {
  dir = mkdtempSync(join(tmpdir(), 'nb-console-restart-'));
  const file = join(dir, 'pier.txt');
  writeFileSync(file, PIER);
  const first = await makeTestApp({ dbPath: join(dir, 'newsbrief.db'), articles: [file] });
  apps.push(first);
  await consoleSession(first.app, lines, terminal);
  if (keepOpen) return;
  await first.close();
  apps.pop();
}

/** The terminal a test's first console runs in (a device, as console-terminal.ts reads one). */
const TERMINAL = '/dev/pts/7';

test("after a restart, a plain line is asked in the last brief's thread, which remembers its answer", async () => {
  await firstRun(['/brief pier repairs', 'who chairs the works committee?'], TERMINAL);
  const [said] = await run(['what did she say?']);
  expect(said).toMatch(/From #1 “Pier repairs delayed again”, the story briefed last:/);
  expect(said).toMatch(/Taking “she” as Nora Vale/);
});

test('control: a restart with no brief ever posted still asks for a brief first', async () => {
  await firstRun(['/brief list'], TERMINAL);
  const [said] = await run(['what did she say?']);
  expect(said).toMatch(/Brief a story first/);
});

// Session 46 (thread45's leftover): every console linked the one ref `console:terminal:thread`, so a console started in
// a second terminal while the first ran (both on one database) answered in the first one's thread. The thread is now
// keyed by the terminal; a run with no terminal at all has its own.
test("a console in another terminal does not read the first terminal's thread", async () => {
  // The first app stays open: both consoles run on one database at once.
  await firstRun(['/brief pier repairs', 'who chairs the works committee?'], TERMINAL, true);
  const [said] = await run(['what did she say?'], '/dev/pts/8');
  expect(said).toMatch(/Brief a story first/);
  expect(said).not.toMatch(/Nora Vale/);
});

test('a console run with no terminal (input and output piped) has its own thread', async () => {
  await firstRun(['/brief pier repairs', 'who chairs the works committee?'], undefined, true);
  const [said] = await run(['what did she say?'], null);
  expect(said).toMatch(/Brief a story first/);
});
