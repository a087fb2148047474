import { afterEach } from 'vitest';

/**
 * For a test file: what a test pushes here (close a store, stop a fake, kill a process) runs
 * after it, newest first, even when the test failed half-way.
 */
export function useCleanups(): Array<() => unknown> {
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return cleanups;
}
