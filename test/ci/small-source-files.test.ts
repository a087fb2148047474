import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
/** Files are split before about 300 lines; past this one a file is due for it. */
const MOST_LINES = 290;

it(`keeps every source file under ${MOST_LINES} lines`, () => {
  const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.ts'),
  );
  expect(files.length).toBeGreaterThan(100);
  const long = files
    .map((name) => [name, readFileSync(join(root, 'src', name), 'utf8').split('\n').length - 1] as const)
    .filter(([, lines]) => lines >= MOST_LINES);
  expect(long).toEqual([]);
});
