import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { BUILT_CLI } from '../support/build-cli';

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-dotenv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runIn(cwd: string, env: NodeJS.ProcessEnv, args: string[]) {
  return spawnSync(process.execPath, [BUILT_CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
  });
}

it("reads settings from the current folder's .env; the environment wins over it", () => {
  const fromFile = join(dir, 'from-dotenv.db');
  const fromEnv = join(dir, 'from-env.db');
  writeFileSync(
    join(dir, '.env'),
    `# copied from .env.example\nNEWSBRIEF_DB=${fromFile}\nNEWSBRIEF_LOG_LEVEL=warn\nSLACK_PORT=\n`,
  );
  const list = runIn(dir, {}, ['list']);
  expect(list.status).toBe(0);
  expect(existsSync(fromFile)).toBe(true);

  rmSync(fromFile);
  expect(runIn(dir, { NEWSBRIEF_DB: fromEnv }, ['list']).status).toBe(0);
  expect(existsSync(fromEnv)).toBe(true);
  expect(existsSync(fromFile)).toBe(false);

  // A bad value in .env is reported like one in the environment.
  writeFileSync(join(dir, '.env'), 'NEWSBRIEF_ENGINE=gpt\n');
  const bad = runIn(dir, { NEWSBRIEF_DB: fromEnv }, ['list']);
  expect(bad.status).toBe(2);
  expect(bad.stderr).toMatch(/NEWSBRIEF_ENGINE/);
});
