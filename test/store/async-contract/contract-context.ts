import type { AsyncStore } from '../../../src/store/async/async-store';

/** How a store implementation is opened for the contract tests. */
export interface AsyncStoreFactory {
  /** A new, empty store using this clock. */
  fresh(options: { now: () => Date }): Promise<AsyncStore>;
  /** Another connection to the store `fresh` made last: another replica or process. */
  peer(options: { now: () => Date }): Promise<AsyncStore>;
  /**
   * Where the store times leases and retries on its own clock (PostgreSQL): `ms` passes on that
   * clock for the store `fresh` made last, without waiting.
   */
  passDatabaseTime?(ms: number): Promise<void>;
}

/** What each group of contract cases gets: the store under test, its clock and peers. */
export interface ContractContext {
  store(): AsyncStore;
  setClock(iso: string): void;
  /** `ms` pass on the injected clock and on the database's, where the store has its own (PostgreSQL). */
  passTime(ms: number): Promise<void>;
  now(): Date;
  /** A second store on the same data, closed after the test. */
  peer(): Promise<AsyncStore>;
}
