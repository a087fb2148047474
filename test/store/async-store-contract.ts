import { afterEach, beforeEach, describe } from 'vitest';
import type { AsyncStore } from '../../src/store/async/async-store';
import { articleCases } from './async-contract/article-cases';
import { claimCases } from './async-contract/claim-cases';
import type { AsyncStoreFactory, ContractContext } from './async-contract/contract-context';
import { exactlyOnceCases } from './async-contract/exactly-once-cases';
import { feedCases } from './async-contract/feed-cases';
import { scheduleCases } from './async-contract/schedule-cases';
import { whoIsWhoCases } from './async-contract/who-is-who-cases';

/** Behaviour every asynchronous Store implementation must have; the same cases for each. */
export function describeAsyncStoreContract(name: string, factory: AsyncStoreFactory) {
  describe(`Async store contract: ${name}`, () => {
    let store: AsyncStore;
    let clock: Date;
    let peers: AsyncStore[] = [];
    beforeEach(async () => {
      clock = new Date('2024-03-01T10:00:00.000Z');
      store = await factory.fresh({ now: () => clock });
    });
    afterEach(async () => {
      await Promise.all([store.close(), ...peers.map((p) => p.close())]);
      peers = [];
    });
    const ctx: ContractContext = {
      store: () => store,
      setClock: (iso) => {
        clock = new Date(iso);
      },
      now: () => clock,
      async passTime(ms) {
        clock = new Date(clock.getTime() + ms);
        await factory.passDatabaseTime?.(ms);
      },
      async peer() {
        const peer = await factory.peer({ now: () => clock });
        peers.push(peer);
        return peer;
      },
    };
    describe('articles and conversations', () => articleCases(ctx));
    describe('who is who kept beside an analysis', () => whoIsWhoCases(ctx));
    // Two case files, one group: the claim cases keep the names they had when they were schedule cases.
    describe('schedules', () => {
      scheduleCases(ctx);
      claimCases(ctx);
    });
    describe('feeds', () => feedCases(ctx));
    describe('exactly once across replicas', () => exactlyOnceCases(ctx));
  });
}
