import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
/** Files are split before about 300 lines; past this one a file is due for it. */
const MOST_LINES = 290;
/** The product's source (src/ and the chat commands at the top level) and its tests, helpers and fixtures too. */
const SOURCE_FOLDERS = ['src', 'commands', 'test'];

it(`keeps every source and test file under ${MOST_LINES} lines`, () => {
  const files = SOURCE_FOLDERS.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(folder, name)),
  );
  expect(files.length).toBeGreaterThan(100);
  expect(files.filter((name) => name.startsWith('commands'))).not.toEqual([]);
  // Test helpers count as much as the tests: the shared fakes and the store contract's cases grow too.
  for (const folder of ['test/support/', 'test/store/async-contract/'])
    expect(files.filter((name) => name.startsWith(folder) && !name.endsWith('.test.ts'))).not.toEqual([]);
  const long = files
    .map((name) => [name, readFileSync(join(root, name), 'utf8').split('\n').length - 1] as const)
    .filter(([, lines]) => lines >= MOST_LINES);
  expect(long).toEqual([]);
});
