import { afterEach, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { makeTestApp, type TestApp } from '../support/make-test-app';
import { useTestDatabase } from '../support/shared-postgres';
import { tickText } from '../support/tick-text';

const database = useTestDatabase();
const MINUTE = 60_000;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/**
 * PostgreSQL times a claim's lease on its own clock: a tick on a replica whose clock runs
 * `skewMs` off the database's (an injected clock, not a sleep) must still read a live claim as live.
 */
async function rehearsalOfHeldSlot(skewMs: number) {
  const url = database().url;
  const schema = database().freshSchema();
  const probe = await openPostgresStore({ url, schema, poolSize: 1 });
  const databaseNow = Date.parse((await probe.schedules.databaseNow())!);
  await probe.close();
  const replicaNow = () => new Date(databaseNow + skewMs);
  t = await makeTestApp({
    store: await openPostgresStore({ url, schema, now: replicaNow, poolSize: 2 }),
    now: replicaNow,
  });
  // Tomorrow's slot, a whole minute: the operator rehearses it a day ahead.
  const slot = new Date(Math.floor((databaseNow + 24 * 60 * MINUTE) / MINUTE) * MINUTE);
  const schedule = await t.store.schedules.create({
    channelId: 'console:0',
    kind: 'digest',
    time: slot.toISOString().slice(11, 16),
    timezone: 'UTC',
    createdAt: new Date(databaseNow - 24 * 60 * MINUTE).toISOString(),
  });
  // An earlier rehearsal of that slot died while posting: its claim holds the slot for 5 minutes.
  const claim = await t.store.schedules.claimSlot({
    scheduleId: schedule.id,
    slot: slot.toISOString(),
    owner: 'tick:4242:dead',
    now: replicaNow().toISOString(),
    leaseMs: 5 * MINUTE,
    late: false,
    maxAttempts: 3,
  });
  expect(claim).toMatchObject({ state: 'claimed', owner: 'tick:4242:dead' });
  const { code, out } = await tickText(t, slot.toISOString(), replicaNow);
  return { code, out, schedule, slot: slot.toISOString(), leaseUntil: claim!.leaseUntil };
}

it.each([
  ['10 minutes ahead of', 10 * MINUTE],
  ['in step with', 0],
])(
  'a rehearsal a day ahead on a replica %s the database reports a live claim as held, in real time',
  async (_, skewMs) => {
    const { code, out, schedule, slot, leaseUntil } = await rehearsalOfHeldSlot(skewMs);
    expect(code).toBe(0);
    expect(out).not.toContain('Nothing due');
    // The lease's end on the database's clock, and the time left counted on that clock, not the replica's.
    expect(out).toBe(
      `s${schedule.id} console:0 slot ${slot}: not posted by this tick: held by tick:4242:dead for 5 more min (until ${leaseUntil}, real time, not --at's): ` +
        'it is posting it now, or died while posting; if it died, tick again after that (a retry looks for its post first, so it is not posted twice)\n',
    );
  },
);
