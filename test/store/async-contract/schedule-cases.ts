import { expect, it } from 'vitest';
import type { ClaimRequest } from '../../../src/store/schedule-repository';
import type { ContractContext } from './contract-context';

const SLOT = '2024-03-02T09:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(SLOT) + minutes * 60_000).toISOString();

export function claimRequest(scheduleId: number, owner: string, now: string): ClaimRequest {
  return { scheduleId, slot: SLOT, owner, now, leaseMs: 5 * 60_000, late: false, maxAttempts: 3 };
}

/** Schedules as data, and the claim rules README states: a unique claim, a lease, bounded retries. */
export function scheduleCases(ctx: ContractContext) {
  const schedules = () => ctx.store().schedules;
  let stories = 0;
  // A new story each time: a second follow-up of one story in a channel moves the first.
  const follow = async (channelId = 'C1') => {
    const text = `The ferry is late (${++stories}).`;
    const { article } = await ctx.store().articles.add({ source: 's', title: 'Ferry', text });
    return schedules().create({
      channelId,
      kind: 'follow',
      articleId: article.id,
      query: 'ferry',
      time: '09:00',
      timezone: 'Europe/London',
      createdBy: 'U1',
    });
  };

  it('creates, lists, retimes, disables and removes schedules', async () => {
    const first = await follow();
    expect(first).toEqual({
      id: first.id,
      channelId: 'C1',
      kind: 'follow',
      articleId: expect.any(Number),
      query: 'ferry',
      time: '09:00',
      timezone: 'Europe/London',
      enabled: true,
      disabledReason: null,
      createdBy: 'U1',
      createdAt: ctx.now().toISOString(),
      owedFrom: ctx.now().toISOString(),
    });
    const digest = await schedules().create({
      channelId: 'C2',
      kind: 'digest',
      time: '17:30',
      timezone: 'UTC',
      createdAt: '2024-01-01T00:00:00.000Z',
    });
    expect(digest).toMatchObject({
      articleId: null,
      query: null,
      createdBy: null,
      createdAt: '2024-01-01T00:00:00.000Z',
    });
    expect(await schedules().get(first.id)).toEqual(first);
    expect(await schedules().get(first.id + 999)).toBeUndefined();
    expect((await schedules().list()).map((s) => s.id)).toEqual([first.id, digest.id]);
    expect((await schedules().list({ channelId: 'C2' })).map((s) => s.id)).toEqual([digest.id]);
    expect((await schedules().list({ kind: 'follow' })).map((s) => s.id)).toEqual([first.id]);
    expect(await schedules().setTime(digest.id, '08:15', 'Europe/Paris')).toMatchObject({
      time: '08:15',
      timezone: 'Europe/Paris',
    });
    expect(await schedules().setTime(first.id + 999, '08:15', 'UTC')).toBeUndefined();
    await schedules().setEnabled(first.id, false, 'paused by U1');
    expect(await schedules().get(first.id)).toMatchObject({ enabled: false, disabledReason: 'paused by U1' });
    expect((await schedules().list({ enabledOnly: true })).map((s) => s.id)).toEqual([digest.id]);
    await schedules().setEnabled(first.id, true, 'ignored');
    expect(await schedules().get(first.id)).toMatchObject({ enabled: true, disabledReason: null });
    expect(await schedules().disableChannel('C1', 'channel gone: not_in_channel')).toBe(1);
    expect(await schedules().disableChannel('C1', 'again')).toBe(0);
    expect(await schedules().remove(first.id)).toBe(true);
    expect(await schedules().remove(first.id)).toBe(false);
    expect((await schedules().list()).map((s) => s.id)).toEqual([digest.id]);
  });

  it('keeps one digest per channel: two saved at once from two connections leave one, moved by the second', async () => {
    const peer = await ctx.peer();
    const digest = (time: string) => ({ channelId: 'C1', kind: 'digest' as const, time, timezone: 'UTC' });
    const saved = await Promise.all([schedules().save(digest('08:00')), peer.schedules.save(digest('17:30'))]);
    const created = saved.find((s) => s.previous === undefined)!;
    const moved = saved.find((s) => s.previous !== undefined)!;
    expect(created).toBeDefined();
    expect(moved).toBeDefined();
    // The second says what it moved: the first's schedule, as the first left it.
    expect(moved.previous).toEqual(created.schedule);
    expect(moved.schedule).toEqual({ ...created.schedule, time: moved.schedule.time });
    expect(await schedules().list({ channelId: 'C1' })).toEqual([moved.schedule]);
    // Another channel has its own; a disabled digest asked for again is moved and re-enabled.
    const other = await peer.schedules.create(digest('09:00'));
    const elsewhere = await schedules().create({ ...digest('09:00'), channelId: 'C2' });
    expect(elsewhere.id).not.toBe(other.id);
    await schedules().disableChannel('C2', 'channel gone: not_in_channel');
    expect(await schedules().save({ ...digest('10:00'), channelId: 'C2' })).toEqual({
      schedule: { ...elsewhere, time: '10:00' },
      previous: { ...elsewhere, enabled: false, disabledReason: 'channel gone: not_in_channel' },
    });
    expect((await schedules().list({ kind: 'digest' })).map((s) => [s.channelId, s.time])).toEqual([
      ['C1', '09:00'],
      ['C2', '10:00'],
    ]);
  });

  it('owes slots of a schedule moved to another time, or switched back on, from the move; it keeps when it began', async () => {
    const digest = (time: string, timezone: string, createdAt: string) => ({
      channelId: 'C1',
      kind: 'digest' as const,
      time,
      timezone,
      createdAt,
    });
    const made = await schedules().create(digest('09:00', 'UTC', at(-1440)));
    expect(made).toMatchObject({ createdAt: at(-1440), owedFrom: at(-1440) });
    // The same time again: the slots it owes stay owed.
    expect((await schedules().save(digest('09:00', 'UTC', at(10)))).schedule).toMatchObject({
      createdAt: at(-1440),
      owedFrom: at(-1440),
    });
    // An earlier time: nothing before the move is owed; the news a follow reports still starts when it began.
    expect((await schedules().save(digest('08:00', 'UTC', at(30)))).schedule).toMatchObject({
      time: '08:00',
      createdAt: at(-1440),
      owedFrom: at(30),
    });
    expect((await schedules().save(digest('08:00', 'Europe/London', at(40)))).schedule.owedFrom).toBe(at(40));
    await schedules().disableChannel('C1', 'channel gone: not_in_channel');
    expect((await schedules().save(digest('08:00', 'Europe/London', at(50)))).schedule).toMatchObject({
      enabled: true,
      createdAt: at(-1440),
      owedFrom: at(50),
    });
    expect(await schedules().get(made.id)).toMatchObject({ createdAt: at(-1440), owedFrom: at(50) });
  });

  it('keeps one follow-up per channel and story; a deleted story’s follow-ups do not count', async () => {
    const peer = await ctx.peer();
    const story = async (title: string) =>
      (await ctx.store().articles.add({ source: 's', title, text: `The ${title.toLowerCase()} is late.` })).article.id;
    const [ferry, train] = [await story('Ferry'), await story('Train')];
    const followOf = (articleId: number | null, channelId = 'C1', time = '09:00') => ({
      channelId,
      kind: 'follow' as const,
      articleId,
      query: null,
      time,
      timezone: 'UTC',
    });
    const both = await Promise.all([
      schedules().save(followOf(ferry, 'C1', '07:00')),
      peer.schedules.save(followOf(ferry, 'C1', '08:00')),
    ]);
    expect(both.filter((s) => s.previous)).toHaveLength(1);
    const kept = (await schedules().list({ channelId: 'C1' })).map((s) => s.id);
    expect(kept).toEqual([both[0]!.schedule.id]);
    // Another story, or the same story in another channel, is another follow-up.
    const onTrain = await schedules().save(followOf(train));
    const elsewhere = await peer.schedules.save(followOf(ferry, 'C2'));
    expect([onTrain.previous, elsewhere.previous]).toEqual([undefined, undefined]);
    // Its story deleted, a follow-up keeps no story id: a later one without an id is new too.
    await ctx.store().articles.remove(train);
    const orphan = await schedules().save(followOf(null));
    expect(orphan.previous).toBeUndefined();
    expect((await schedules().list({ channelId: 'C1' })).map((s) => [s.id, s.articleId])).toEqual([
      [kept[0], ferry],
      [onTrain.schedule.id, null],
      [orphan.schedule.id, null],
    ]);
  });

  it('a follow-up saved again in new words keeps them; saved by id (no words) it keeps its own', async () => {
    const first = await follow();
    const again = (query: string | null) =>
      schedules().save({
        channelId: 'C1',
        kind: 'follow',
        articleId: first.articleId,
        query,
        time: '10:00',
        timezone: 'UTC',
      });
    const moved = await again('ferry timetable');
    expect([moved.previous?.query, moved.schedule.query, moved.schedule.id]).toEqual([
      'ferry',
      'ferry timetable',
      first.id,
    ]);
    expect((await again(null)).schedule.query).toBe('ferry timetable');
  });

  it('never gives a new schedule the id of a removed one, even the newest', async () => {
    const s1 = await follow();
    const s2 = await follow();
    expect(s2.id).toBeGreaterThan(s1.id);
    expect(await schedules().remove(s2.id)).toBe(true);
    // An old "Stop with /brief unfollow s2" must now find nothing, not the next schedule.
    const s3 = await follow();
    expect(s3.id).toBeGreaterThan(s2.id);
    expect(await schedules().get(s2.id)).toBeUndefined();
    expect(await schedules().remove(s2.id)).toBe(false);
    expect((await schedules().list()).map((s) => s.id)).toEqual([s1.id, s3.id]);
  });

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

  it('remembers resolved questions per article', async () => {
    const s = await follow();
    const articleId = s.articleId!;
    expect(await schedules().resolvedQuestions(articleId)).toEqual([]);
    expect(await schedules().resolveQuestion(articleId, 'who pays for the ferry', 'U1')).toBe(true);
    expect(await schedules().resolveQuestion(articleId, 'who pays for the ferry', 'U2')).toBe(false);
    ctx.setClock('2024-03-01T11:00:00.000Z');
    expect(await schedules().resolveQuestion(articleId, 'when does it sail', null)).toBe(true);
    expect(await schedules().resolvedQuestions(articleId)).toEqual(['who pays for the ferry', 'when does it sail']);
  });

  it('lists questions resolved at the same moment in key order, after older ones', async () => {
    const articleId = (await follow()).articleId!;
    ctx.setClock('2024-03-01T11:00:00.000Z');
    // Resolved in the opposite of key order, so insertion order cannot pass for the rule.
    await schedules().resolveQuestion(articleId, 'when does it sail', 'U1');
    await schedules().resolveQuestion(articleId, 'is the captain named', 'U1');
    await schedules().resolveQuestion(articleId, 'how late is it', 'U2');
    ctx.setClock('2024-03-01T12:00:00.000Z');
    await schedules().resolveQuestion(articleId, 'are fares rising', 'U1');
    expect(await schedules().resolvedQuestions(articleId)).toEqual([
      'how late is it',
      'is the captain named',
      'when does it sail',
      'are fares rising',
    ]);
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
