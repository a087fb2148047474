import type { AsyncStore } from '../../../src/store/async/async-store';

/** How a store implementation is opened for the contract tests. */
export interface AsyncStoreFactory {
  /** A new, empty store using this clock. */
  fresh(options: { now: () => Date }): Promise<AsyncStore>;
  /** Another connection to the store `fresh` made last: another replica or process. */
  peer(options: { now: () => Date }): Promise<AsyncStore>;
}

/** What each group of contract cases gets: the store under test, its clock and peers. */
export interface ContractContext {
  store(): AsyncStore;
  setClock(iso: string): void;
  now(): Date;
  /** A second store on the same data, closed after the test. */
  peer(): Promise<AsyncStore>;
}
