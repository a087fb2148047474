import { afterEach, expect, it } from 'vitest';
import { claimScheduleSlot } from '../../src/scheduler/claim-schedule-slot';
import { defaultDeliveryPolicy, type SchedulerDeps } from '../../src/scheduler/scheduler-types';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import type { Schedule } from '../../src/store/schedule-repository';
import { passDatabaseTime } from '../support/pass-database-time';
import { useTestDatabase } from '../support/shared-postgres';

const database = useTestDatabase();
const MINUTE = 60_000;
const policy = defaultDeliveryPolicy;
let stores: AsyncStore[] = [];
afterEach(async () => {
  await Promise.all(stores.map((s) => s.close()));
  stores = [];
});

/**
 * Two replicas on one schema: `exact` keeps the database's time, `skewed` runs `skewMs` off it
 * (an injected clock, not a sleep). Both claim through the scheduler's own claim path.
 */
async function replicas(skewMs: number) {
  const schema = database().freshSchema();
  const first = await openPostgresStore({ url: database().url, schema, poolSize: 2 });
  stores.push(first);
  const databaseNow = Date.parse((await first.schedules.databaseNow())!);
  // The exact replica's clock is the database's at this moment; the skewed one is a fixed offset from it.
  const exactClock = () => new Date(databaseNow);
  const skewedClock = () => new Date(databaseNow + skewMs);
  const second = await openPostgresStore({ url: database().url, schema, now: skewedClock, poolSize: 2 });
  stores.push(second);
  const deps = (store: AsyncStore, now: () => Date, owner: string) =>
    ({ schedules: store.schedules, now, owner, policy }) as unknown as SchedulerDeps;
  const schedule: Schedule = await first.schedules.create({
    channelId: 'slack:CSKEW',
    kind: 'digest',
    time: '09:00',
    timezone: 'UTC',
    createdAt: new Date(databaseNow - 24 * 60 * MINUTE).toISOString(),
  });
  return {
    schema,
    schedule,
    slot: databaseNow - MINUTE,
    exact: deps(first, exactClock, 'exact'),
    skewed: deps(second, skewedClock, 'skewed'),
  };
}

it('a replica whose clock runs 10 minutes ahead cannot take a claim another replica holds, nor retry a slot early', async () => {
  const { schedule, slot, exact, skewed, schema } = await replicas(10 * MINUTE);
  const held = await claimScheduleSlot(schedule, slot, exact);
  expect(held).toMatchObject({ owner: 'exact', state: 'claimed', attempts: 1 });
  // To the skewed replica the lease ran out 5 minutes ago; on the database's clock it has 5 minutes left.
  expect(await claimScheduleSlot(schedule, slot, skewed)).toBeUndefined();
  expect(
    await exact.schedules.renewLease(schedule.id, held!.slot, 'exact', exact.now().toISOString(), policy.leaseMs),
  ).toBe(true);
  expect(await claimScheduleSlot(schedule, slot, skewed)).toBeUndefined();
  // A failure due for retry in 10 minutes is not retried by the replica that lives 10 minutes on.
  expect(
    await exact.schedules.markFailed(
      schedule.id,
      held!.slot,
      'exact',
      'rate_limited',
      policy.retryLaterMs,
      exact.now().toISOString(),
    ),
  ).toBe(true);
  expect(await claimScheduleSlot(schedule, slot, skewed)).toBeUndefined();
  // Once the database's clock passes the retry time, the skewed replica retries it like any other.
  await passDatabaseTime(database().url, schema, policy.retryLaterMs + 1_000);
  expect(await claimScheduleSlot(schedule, slot, skewed)).toMatchObject({ owner: 'skewed', attempts: 2 });
  expect(await exact.schedules.getClaim(schedule.id, held!.slot)).toMatchObject({ owner: 'skewed', state: 'claimed' });
});

it('the lease of a replica whose clock runs 10 minutes behind holds for the others, and passes on the database’s clock', async () => {
  const { schedule, slot, exact, skewed, schema } = await replicas(-10 * MINUTE);
  const held = await claimScheduleSlot(schedule, slot, skewed);
  expect(held).toMatchObject({ owner: 'skewed', state: 'claimed' });
  // On its own clock the lease ended 5 minutes before the database's now: it must still hold.
  expect(await claimScheduleSlot(schedule, slot, exact)).toBeUndefined();
  // The holder dies; once its lease has passed on the database's clock, another replica takes the slot.
  await passDatabaseTime(database().url, schema, policy.leaseMs + 1_000);
  expect(await claimScheduleSlot(schedule, slot, exact)).toMatchObject({ owner: 'exact', attempts: 2 });
  expect(
    await skewed.schedules.renewLease(schedule.id, held!.slot, 'skewed', skewed.now().toISOString(), policy.leaseMs),
  ).toBe(false);
});
