import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/**
 * Where src/ may read the process's environment: the config module (load-config's default), the CLI's io, which
 * hands the environment to it once at start, and the offline trainers (src/train: scripts run by hand, never by the
 * bot). Everything else takes its settings from the Config the composition root read, so one missing or wrong key
 * is in the one start-up error, and a setting cannot differ between threads (session 41: the front matter's zone
 * was read from process.env in the parser, which runs in the worker thread).
 */
const MAY_READ_ENV = [/^src\/config\//, /^src\/cli\/cli-io\.ts$/, /^src\/train\//];

function sourceFiles(): string[] {
  return readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `src/${name.replaceAll('\\', '/')}`);
}

/** The files outside `allowed` that name process.env (or take env from process). */
function envReaders(files: string[], allowed: RegExp[]): string[] {
  return files.filter(
    (file) =>
      !allowed.some((pattern) => pattern.test(file)) &&
      /process\s*\.\s*env\b|process\s*\[\s*['"]env['"]\s*\]|\{\s*env\s*\}\s*=\s*process\b/.test(
        readFileSync(join(root, file), 'utf8'),
      ),
  );
}

it('src/ reads process.env only in the config module, the CLI io that feeds it, and the offline trainers', () => {
  const files = sourceFiles();
  expect(files.length).toBeGreaterThan(100);
  expect(envReaders(files, MAY_READ_ENV)).toEqual([]);
});

it('control: without the list, the check finds the reads there are (the config loader, the CLI io)', () => {
  const readers = ['src/config/load-config.ts', 'src/cli/cli-io.ts'];
  expect(envReaders([...readers, 'src/main.ts'], [])).toEqual(readers);
});
