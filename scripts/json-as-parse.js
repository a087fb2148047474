// An esbuild plugin: large JSON modules are emitted as `export default JSON.parse('…')` instead of
// esbuild's object or array literal. V8 parses a JSON string several times faster than the same
// data written as JavaScript, and these modules are evaluated at every start of a command that
// loads the engine (the first-name lists alone are 8,800 strings). The sources keep their
// `with { type: 'json' }` imports, so vitest and tsx read the files as before.
import { readFileSync } from 'node:fs';

// Under this size a literal costs no more, and esbuild can keep only the properties a module reads
// (`packageJson.version`), which JSON.parse cannot.
const MIN_BYTES = 8 * 1024;

export const jsonAsParse = {
  name: 'json-as-parse',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.json$/ }, ({ path }) => {
      const text = readFileSync(path, 'utf8');
      if (text.length < MIN_BYTES) return undefined;
      // Parsed and written back: whitespace goes, and a malformed file fails the build here, not at run time.
      return {
        contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`,
        loader: 'js',
      };
    });
  },
};
