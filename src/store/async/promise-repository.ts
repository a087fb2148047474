import type { Promised } from './async-store';

/** How a synchronous call is run: at once, or after a transaction that holds the connection. */
export type SyncRunner = <T>(call: () => T) => Promise<T>;

/**
 * Wraps every method of a synchronous repository so it returns a Promise. Methods keep their
 * own `this` (some call each other), and a throw becomes a rejection.
 */
export function promiseRepository<R extends object>(repo: R, run: SyncRunner): Promised<R> {
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(repo)) {
    if (typeof method !== 'function') continue;
    wrapped[name] = (...args: unknown[]) => run(() => method.apply(repo, args));
  }
  return wrapped as Promised<R>;
}
