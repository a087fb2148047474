import { expect, it } from 'vitest';
import { at, claimRequest, SLOT } from './claim-request';
import type { ContractContext } from './contract-context';
import { followFactory } from './follow-factory';

/** The claim rules README states: a unique claim, a lease, bounded retries; and whose clock times them. */
export function claimCases(ctx: ContractContext) {
  const schedules = () => ctx.store().schedules;
  const follow = followFactory(ctx);

  /**
   * Runs `write` and checks a deadline it set: SQLite times leases and retries from the caller's
   * `now`, exactly; PostgreSQL from its own clock, read just before and just after the write.
   */
  const timed = async <T>(callerNow: string, write: () => Promise<T>) => {
    const storeNow = async () => Date.parse((await schedules().databaseNow()) ?? callerNow);
    const before = await storeNow();
    const result = await write();
    const after = await storeNow();
    const expectDeadline = (iso: string | null, ms: number) => {
      expect(Date.parse(iso!)).toBeGreaterThanOrEqual(before + ms);
      expect(Date.parse(iso!)).toBeLessThanOrEqual(after + ms);
    };
    return { result, expectDeadline };
  };
  const MINUTE = 60_000;

  it('claims a slot once; an expired lease is taken over and the old owner cannot finish', async () => {
    const s = await follow();
    const first = await timed(at(0), () => schedules().claimSlot(claimRequest(s.id, 'a', at(0))));
    expect(first.result).toEqual({
      scheduleId: s.id,
      slot: SLOT,
      state: 'claimed',
      owner: 'a',
      leaseUntil: expect.any(String),
      attempts: 1,
      retryAt: null,
      late: false,
      lastError: null,
      failureKind: null,
      messageRef: null,
      updatedAt: at(0),
      firstAttemptAt: at(0),
    });
    first.expectDeadline(first.result!.leaseUntil, 5 * MINUTE);
    await ctx.passTime(MINUTE);
    expect(await schedules().claimSlot(claimRequest(s.id, 'b', at(1)))).toBeUndefined();
    await ctx.passTime(2 * MINUTE);
    const renewed = await timed(at(3), () => schedules().renewLease(s.id, SLOT, 'a', at(3), 5 * MINUTE));
    expect(renewed.result).toBe(true);
    renewed.expectDeadline((await schedules().getClaim(s.id, SLOT))!.leaseUntil, 5 * MINUTE);
    // Past the first lease, inside the renewed one.
    await ctx.passTime(3 * MINUTE);
    expect(await schedules().claimSlot(claimRequest(s.id, 'b', at(6)))).toBeUndefined();
    await ctx.passTime(3 * MINUTE);
    const taken = await schedules().claimSlot({ ...claimRequest(s.id, 'b', at(9)), late: true });
    // The first attempt's time survives a take-over: a retry looks for that attempt's post.
    expect(taken).toMatchObject({ owner: 'b', attempts: 2, late: true, updatedAt: at(9), firstAttemptAt: at(0) });
    expect(await schedules().renewLease(s.id, SLOT, 'a', at(9), 5 * MINUTE)).toBe(false);
    expect(await schedules().markDelivered(s.id, SLOT, 'a', 'slack:C1:1.0', at(10))).toBe(false);
    expect(await schedules().markDelivered(s.id, SLOT, 'b', 'slack:C1:2.0', at(10))).toBe(true);
    expect(await schedules().getClaim(s.id, SLOT)).toMatchObject({
      state: 'delivered',
      messageRef: 'slack:C1:2.0',
      leaseUntil: null,
    });
    await ctx.passTime(51 * MINUTE);
    expect(await schedules().claimSlot(claimRequest(s.id, 'c', at(60)))).toBeUndefined();
    expect(await schedules().lastDelivered(s.id)).toMatchObject({ slot: SLOT, owner: 'b' });
  });

  it('retries a failed slot after its retry time, up to the attempt limit', async () => {
    const s = await follow();
    await schedules().claimSlot(claimRequest(s.id, 'a', at(0)));
    await ctx.passTime(MINUTE);
    expect(await schedules().markFailed(s.id, SLOT, 'x', 'not mine', MINUTE, at(1))).toBe(false);
    const failed = await timed(at(1), () => schedules().markFailed(s.id, SLOT, 'a', 'rate_limited', MINUTE, at(1)));
    expect(failed.result).toBe(true);
    const claim = await schedules().getClaim(s.id, SLOT);
    expect(claim).toMatchObject({ state: 'failed', lastError: 'rate_limited', leaseUntil: null });
    failed.expectDeadline(claim!.retryAt, MINUTE);
    expect(await schedules().claimSlot(claimRequest(s.id, 'a', at(1)))).toBeUndefined();
    await ctx.passTime(MINUTE);
    expect(await schedules().claimSlot(claimRequest(s.id, 'a', at(2)))).toMatchObject({ attempts: 2 });
    await schedules().markFailed(s.id, SLOT, 'a', 'rate_limited', MINUTE, at(2));
    await ctx.passTime(MINUTE);
    expect(await schedules().claimSlot(claimRequest(s.id, 'b', at(3)))).toMatchObject({ attempts: 3, owner: 'b' });
    await schedules().markFailed(s.id, SLOT, 'b', 'still failing', MINUTE, at(3));
    // Failures and reclaims move updatedAt on, never the first attempt's time.
    expect(await schedules().getClaim(s.id, SLOT)).toMatchObject({ updatedAt: at(3), firstAttemptAt: at(0) });
    await ctx.passTime(57 * MINUTE);
    expect(await schedules().claimSlot(claimRequest(s.id, 'b', at(60)))).toBeUndefined();
    // A failure with no retry time is final.
    const other = await follow('C2');
    await schedules().claimSlot(claimRequest(other.id, 'a', at(0)));
    await schedules().markFailed(other.id, SLOT, 'a', 'channel_not_found', null, at(1));
    expect(await schedules().claimSlot(claimRequest(other.id, 'a', at(60)))).toBeUndefined();
  });

  it('keeps why a slot was given up as a typed reason, cleared by a later ordinary failure or delivery', async () => {
    const s = await follow();
    await schedules().claimSlot(claimRequest(s.id, 'a', at(0)));
    expect(await schedules().getClaim(s.id, SLOT)).toMatchObject({ failureKind: null });
    await schedules().markFailed(s.id, SLOT, 'a', 'could not check', 0, at(1), 'outcome-unknown');
    expect(await schedules().getClaim(s.id, SLOT)).toMatchObject({ state: 'failed', failureKind: 'outcome-unknown' });
    expect(await schedules().claimSlot(claimRequest(s.id, 'a', at(1)))).toMatchObject({ attempts: 2 });
    await schedules().markFailed(s.id, SLOT, 'a', 'timeout', MINUTE, at(2));
    expect(await schedules().getClaim(s.id, SLOT)).toMatchObject({ lastError: 'timeout', failureKind: null });
    const other = await follow('C2');
    await schedules().claimSlot(claimRequest(other.id, 'a', at(0)));
    await schedules().markFailed(other.id, SLOT, 'a', 'could not check', 0, at(1), 'outcome-unknown');
    expect(await schedules().claimSlot(claimRequest(other.id, 'a', at(1)))).toMatchObject({ attempts: 2 });
    await schedules().markDelivered(other.id, SLOT, 'a', 'm1', at(2));
    expect(await schedules().getClaim(other.id, SLOT)).toMatchObject({ state: 'delivered', failureKind: null });
  });

  it('records skipped slots once and lists claims since a slot', async () => {
    const s = await follow();
    expect(await schedules().markSkipped(s.id, at(-1440), 'too old to catch up', at(0))).toBe(true);
    expect(await schedules().markSkipped(s.id, at(-1440), 'again', at(0))).toBe(false);
    expect(await schedules().claimSlot({ ...claimRequest(s.id, 'a', at(0)), slot: at(-1440) })).toBeUndefined();
    await schedules().claimSlot(claimRequest(s.id, 'a', at(0)));
    const since = await schedules().claimsSince(s.id, at(-2000));
    expect(since.map((c) => [c.slot, c.state])).toEqual([
      [at(-1440), 'skipped'],
      [SLOT, 'claimed'],
    ]);
    expect((await schedules().claimsSince(s.id, SLOT)).map((c) => c.slot)).toEqual([SLOT]);
    expect(await schedules().lastDelivered(s.id)).toBeUndefined();
    expect(await schedules().remove(s.id)).toBe(true);
    expect(await schedules().getClaim(s.id, SLOT)).toBeUndefined();
  });

  it('tells its own clock where the database runs elsewhere (PostgreSQL), and nothing on SQLite', async () => {
    const databaseNow = await schedules().databaseNow();
    if (ctx.store().kind === 'sqlite') return expect(databaseNow).toBeUndefined();
    // The server's clock, not the store's injected one (a 2024 date here): the two machines' clocks
    // are the same machine's in this test, so they agree within seconds.
    expect(Math.abs(Date.parse(databaseNow!) - Date.now())).toBeLessThan(60_000);
    expect(databaseNow).not.toBe(ctx.now().toISOString());
  });
}
