import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CLOCK_FREE_TEST_FOLDERS, MODULE_MOCKING_TESTS } from '../../vitest.config';

const root = join(import.meta.dirname, '../..');

// The `product` project shares one module graph across its files, where a module mock would be
// too late (the real module is already loaded) or leak into the next file.
it('runs every product test that mocks a module in the isolated project, and only those', () => {
  const mocking = readdirSync(join(root, 'test'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `test/${name}`)
    .filter((file) => !CLOCK_FREE_TEST_FOLDERS.some((folder) => file.startsWith(`${folder}/`)))
    .filter((file) =>
      /\bvi\.(mock|doMock|unmock|importMock|resetModules|hoisted)\(/.test(readFileSync(join(root, file), 'utf8')),
    );
  expect(mocking.sort()).toEqual([...MODULE_MOCKING_TESTS].sort());
});
