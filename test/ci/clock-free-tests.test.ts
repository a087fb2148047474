import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOCK_FREE_TEST_FOLDERS } from '../../vitest.config';
import { clockReads } from '../support/clock-reads';

const root = join(import.meta.dirname, '../..');

function testFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => join(root, folder, name));
}

// The dated rerun in .ci/run skips these folders; that is only sound while nothing they run reads the clock.
describe('the test folders the dated rerun skips', () => {
  it.each(CLOCK_FREE_TEST_FOLDERS)('%s reaches no clock read through any import', (folder) => {
    const files = testFiles(folder);
    expect(files.length).toBeGreaterThan(0);
    expect(clockReads(files, root)).toEqual([]);
  });

  it('finds a clock read behind an import, and a way out to another process', () => {
    expect(clockReads([join(root, 'test/scheduler/tick-process.ts')], root).length).toBeGreaterThan(0);
    // The app's default clock, found by its text: a line number written here broke on every edit above it.
    const app = 'src/app/create-newsbrief-app.ts';
    const line =
      readFileSync(join(root, app), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('new Date()')) + 1;
    expect(line).toBeGreaterThan(0);
    expect(clockReads([join(root, app)], root)).toContain(`${app}:${line}`);
    expect(clockReads([join(root, 'test/support/build-cli.ts')], root)).toEqual(['test/support/build-cli.ts:1']);
  });
});
