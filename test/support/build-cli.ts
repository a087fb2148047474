import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Where the tests that spawn the CLI find it: the shipped bundle, not the tsx dev entry. */
export const BUILT_CLI = join(import.meta.dirname, '../../dist/newsbrief.js');

/**
 * Vitest global setup: compiles the current sources to dist/ before any test file runs, so a
 * test that spawns `dist/newsbrief.js` never runs a stale build (also under `npx vitest run x`).
 */
export default function buildCli(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, '../../scripts/build.js')], { stdio: 'inherit' });
}
