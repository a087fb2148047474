import { existsSync, lstatSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the build script is plain JavaScript without types.
import { buildCli } from '../../scripts/build.js';

const root = join(import.meta.dirname, '../..');

/**
 * A rebuild (every test run's global setup, `npm run eval`, `npm run bench`) must not take the CLI
 * away from a run in the same checkout that is starting it: the build used to delete dist/ first.
 */
describe('scripts/build.js', () => {
  it('keeps dist/newsbrief.js in place through a rebuild, and keeps the build it replaced', async () => {
    const before = readlinkSync(join(root, 'dist'));
    let checks = 0;
    let missing = 0;
    const watch = setInterval(() => {
      checks += 1;
      if (!existsSync(join(root, 'dist/newsbrief.js'))) missing += 1;
    }, 1);
    try {
      await buildCli();
    } finally {
      clearInterval(watch);
    }
    expect(checks).toBeGreaterThan(10);
    expect(missing).toBe(0);
    expect(lstatSync(join(root, 'dist')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(root, 'dist'))).not.toBe(before);
    // A run that started from the replaced build may still load its chunks.
    expect(existsSync(join(root, before, 'newsbrief.js'))).toBe(true);
  }, 60_000);
});
