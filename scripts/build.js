// Compiles the CLI to dist/ (run by `npm ci` through `prepare`, and before the tests spawn it).
// One ESM bundle with code splitting: each lazily imported command (and the Slack and Discord
// SDK glue) stays its own chunk, so `newsbrief --version` loads almost nothing. Packages stay
// external: node_modules is there at run time, and native modules cannot be bundled.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds dist/newsbrief.js from the current sources; returns its path. */
export async function buildCli() {
  rmSync(`${root}/dist`, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { newsbrief: 'src/cli/newsbrief.ts' },
    outdir: 'dist',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
  return `${root}/dist/newsbrief.js`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
