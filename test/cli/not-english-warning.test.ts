import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runBriefCommand } from '../../commands/index';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import { projectPath } from '../../src/project-path';
import { BUILT_CLI } from '../support/build-cli';
import { makeTestApp } from '../support/make-test-app';

// B-main-9: French copy was stored and briefed with nonsense roles, without a word. It is still
// stored (the check may be wrong), with a warning.
const FOREIGN = ['fr', 'es', 'de'].map((lang) => join(import.meta.dirname, `../app/fixtures/not-english-${lang}.txt`));
const ENGLISH = ['harbour-ferry-contract', 'library-sunday-hours'].map((n) => projectPath('samples', `${n}.txt`));
const WARNING = 'few of its words are everyday English (another language, or a table rather than prose?)';

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-not-english-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('`newsbrief ingest` (dist) stores French, Spanish and German copy with a warning on its line, English without', () => {
  const env = { PATH: process.env.PATH, NEWSBRIEF_DB: join(dir, 'newsbrief.db'), NEWSBRIEF_LOG_LEVEL: 'warn' };
  const run = spawnSync(BUILT_CLI, ['ingest', ...FOREIGN, ...ENGLISH], { encoding: 'utf8', env });
  expect(run.status).toBe(0);
  const lines = run.stdout.trim().split('\n');
  expect(lines.at(-1)).toBe('5 added or updated, 0 already stored, 0 skipped, 0 failed');
  for (const file of FOREIGN) {
    const line = lines.find((l) => l.includes(file))!;
    expect(line).toMatch(/^added {3}#\d /);
    expect(line).toContain(`— warning: ${WARNING}`);
  }
  for (const file of ENGLISH) expect(lines.find((l) => l.includes(file))).not.toContain('warning');
});

it('the chat /brief add of pasted French copy adds it and says the same', async () => {
  const t = await makeTestApp();
  try {
    const ctx = { channelId: 'console', userId: 'console:U1', app: t.app };
    const french = renderConsoleReply(await runBriefCommand(`add ${readFileSync(FOREIGN[0]!, 'utf8')}`, ctx));
    expect(french).toMatch(/^Added: “Le maire démissionne après un scandale” \(#1\)/);
    expect(french).toContain(`Note: ${WARNING}`);
    const english = renderConsoleReply(await runBriefCommand(`add ${readFileSync(ENGLISH[0]!, 'utf8')}`, ctx));
    expect(english).toMatch(/^Added: /);
    expect(english).not.toContain('Note:');
  } finally {
    await t.close();
  }
});
