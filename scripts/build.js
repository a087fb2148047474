// Compiles the CLI to dist/ (run by `npm ci` through `prepare`, and before the tests spawn it).
// One ESM bundle with code splitting: each lazily imported command (and the Slack and Discord
// SDK glue) stays its own chunk, so `newsbrief --version` loads almost nothing. Packages stay
// external (node_modules is there at run time; native and CommonJS packages with dynamic
// requires cannot be bundled), except pure-ESM ones every command loads: zod/mini (the config)
// as ~60 small modules costs a cold start more than as one chunk. Full zod ('zod') stays
// external: only the model engine uses it, with the openai SDK's helper, which imports it from
// node_modules anyway; bundled, its share of zod's core would load with every command. The hash of the learned models (part of the
// extractive engine's cache key) is computed here, once, and shipped as a constant.
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { jsonAsParse } from './json-as-parse.js';
import { NODE_TARGET } from './node-target.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// The launcher: run as a program (`npx newsbrief`, `npm start`, the bin link), the file is a shell
// script for one line, then JavaScript: sh runs the second line, which starts node on this same
// file with settings that trade a little speed for memory; node reads that line as a string and a
// comment. --optimize-for-size makes V8 grow heaps less eagerly (the analysis thread's heap is the
// bot's largest cost; 6–15% slower there, ~30% less resident); two malloc arenas instead of one
// per thread keep what glibc freed from staying resident. Plain sh, not `env -S`, which BusyBox
// (Alpine images) lacks. `node dist/newsbrief.js` runs without them. It also keeps every thread's
// young generation at its smallest (1 MB semi-spaces, ~80 scavenges a pass of the analysis bench,
// whatever --max-semi-space-size or a worker's young limit says). Measured in session 51 under
// load, the flag costs ~6% of the analysis's CPU (the small young generation at most half of it),
// and without it the bot's ingest peak was 262 MB against 184–191 MB with it, 257 MB with 1 MB
// semi-spaces alone: the saving is in the old generation (docs/evaluation/analysis-speed.md, speed51b).
// --no-regexp-tier-up compiles each pattern once, to native code, instead of to bytecode for its first
// run and again for its second, each time asking ICU for its \p{} sets: a fresh isolate (each worker
// the pool replaces after a 1 MB drop) pays that once per pattern. Session 52 (speed52b), interleaved:
// that first pass -6.2% CPU (6 of 7 pairs), instructions -8.2% from start, a later pass -2.6%; the
// bot's ingest peak RSS mean 204 MB with it against 208 without (21 runs, sd 6), analysis not lower.
const LAUNCHER =
  '#!/bin/sh\n":" //; exec env MALLOC_ARENA_MAX=2 node --optimize-for-size --no-regexp-tier-up "$0" "$@"';
const BUNDLED = ['zod', 'stemmer'];
const { dependencies } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
const external = Object.keys(dependencies).filter((name) => !BUNDLED.includes(name));

/**
 * Builds dist/newsbrief.js (and the worker pool's thread entry) from the current sources; returns its path.
 * Each build goes to its own folder under .dist-builds/ and dist becomes a link to it in one rename:
 * deleting dist and writing it again broke a CLI that another test run in the same checkout was
 * starting at that moment (its file half-written, or gone).
 */
export async function buildCli() {
  const hash = await learnedDataHash();
  const name = `${Date.now()}-${process.pid}`;
  const out = `${BUILDS}/${name}`;
  await build({
    absWorkingDir: root,
    entryPoints: { newsbrief: 'src/cli/newsbrief.ts', 'pool-worker': 'src/workers/pool-worker.ts' },
    outdir: out,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    ...NODE_TARGET,
    external: [...external, ...external.map((name) => `${name}/*`)],
    plugins: [learnedDataHashAsConstant(hash), fullZodExternal, jsonAsParse],
    logLevel: 'warning',
  });
  // Executable, as the package's bin: `npx newsbrief` (and the eval's score.py) runs the file itself.
  const cli = `${out}/newsbrief.js`;
  writeFileSync(cli, `${LAUNCHER}\n${readFileSync(cli, 'utf8')}`);
  chmodSync(cli, 0o755);
  const previous = pointDistAt(name);
  pruneBuilds([name, previous]);
  return `${root}/dist/newsbrief.js`;
}

const BUILDS = `${root}/.dist-builds`;
/**
 * An older build is kept this long, and the one dist pointed at until now is always kept: a run that
 * started from it may still load one of its chunks. A bot left running in a checkout that is rebuilt
 * twice more, ten minutes apart, can still lose its lazily loaded chunks (docs/deploy.md: run a
 * deployed bot from its own copy).
 */
const KEEP_OLD_BUILD_MS = 10 * 60_000;

/**
 * dist becomes a link to .dist-builds/<name>: a new link renamed over the old one, so dist is never
 * missing. Returns the build dist pointed at before, if any.
 */
function pointDistAt(name) {
  const dist = `${root}/dist`;
  const before = lstatSync(dist, { throwIfNoEntry: false })?.isSymbolicLink()
    ? basename(readlinkSync(dist))
    : undefined;
  // A checkout built before builds were linked has a real dist folder: replaced once.
  if (lstatSync(dist, { throwIfNoEntry: false })?.isDirectory()) rmSync(dist, { recursive: true, force: true });
  const link = `${root}/.dist-link-${process.pid}`;
  rmSync(link, { force: true });
  symlinkSync(`.dist-builds/${name}`, link);
  renameSync(link, dist);
  return before;
}

function pruneBuilds(keep) {
  mkdirSync(BUILDS, { recursive: true });
  for (const entry of readdirSync(BUILDS)) {
    const path = `${BUILDS}/${entry}`;
    if (!keep.includes(entry) && Date.now() - statSync(path).mtimeMs > KEEP_OLD_BUILD_MS)
      rmSync(path, { recursive: true, force: true });
  }
}

const HASH_MODULE = 'src/app/learned-data-hash.ts';

/** Runs src/app/learned-data-hash.ts as it is (bundled with its JSON), so both give one hash. */
async function learnedDataHash() {
  const { outputFiles } = await build({
    absWorkingDir: root,
    entryPoints: [HASH_MODULE],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const code = Buffer.from(outputFiles[0].contents).toString('base64');
  const { learnedDataHash: hashOf } = await import(`data:text/javascript;base64,${code}`);
  return hashOf();
}

/** The compiled CLI's learned-data-hash module returns the build-time hash instead of computing it. */
function learnedDataHashAsConstant(hash) {
  return {
    name: 'learned-data-hash-constant',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /[\\/]src[\\/]app[\\/]learned-data-hash\.ts$/ }, () => ({
        contents: `export function learnedDataHash() { return ${JSON.stringify(hash)}; }`,
        loader: 'js',
      }));
    },
  };
}

/** `import … from 'zod'` stays external; zod/mini and zod/locales are bundled (esbuild's own option would take them all). */
const fullZodExternal = {
  name: 'full-zod-external',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^zod$/ }, () => ({ path: 'zod', external: true }));
  },
};

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
