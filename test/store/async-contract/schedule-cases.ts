import { expect, it } from 'vitest';
import { at } from './claim-request';
import type { ContractContext } from './contract-context';
import { followFactory } from './follow-factory';

/** Schedules as data: one per channel and story, what a move owes, ids never reused, resolved questions. */
export function scheduleCases(ctx: ContractContext) {
  const schedules = () => ctx.store().schedules;
  const follow = followFactory(ctx);

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
}
