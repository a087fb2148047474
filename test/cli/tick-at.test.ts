import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { runBriefCommand } from '../../commands/index';
import { parseTickTime } from '../../src/cli/parse-tick-time';
import { runSchedulesCommand } from '../../src/cli/schedules-command';
import { runTickCommand } from '../../src/cli/tick-command';
import { silentLogger } from '../../src/logging/create-logger';
import { makeTestApp, type TestApp } from '../support/make-test-app';
import { tickText as tickTextOf } from '../support/tick-text';

// An injected clock: every time below is relative to it, not to today's date.
const NOW = Date.parse('2030-01-15T13:40:00Z');

describe('tick --at accepts ISO 8601 with a zone, on a real date, in a sane range', () => {
  it.each([
    ['2030-01-16T09:00:00Z', '2030-01-16T09:00:00.000Z'],
    ['2030-01-16T09:00Z', '2030-01-16T09:00:00.000Z'],
    ['2030-01-16T10:00:00+01:00', '2030-01-16T09:00:00.000Z'],
    ['2030-01-16T04:00:00.250-05:00', '2030-01-16T09:00:00.250Z'],
    ['2024-02-29T09:00:00Z', '2024-02-29T09:00:00.000Z'],
  ])('takes %s', (text, iso) => {
    const parsed = parseTickTime(text, NOW);
    expect('at' in parsed && new Date(parsed.at).toISOString()).toBe(iso);
  });

  it.each([
    ['2030-02-30T09:00:00Z', /not a real date: February 2030 has 28 days/],
    ['2030-04-31T09:00:00Z', /April 2030 has 30 days/],
    ['1', /not an ISO 8601 time with a zone \(e\.g\. 2030-01-16T09:00:00Z/],
    ['0', /not an ISO 8601 time with a zone/],
    ['2030-01-16T09:00:00', /has no time zone: add Z/],
    ['2030-01-16', /has no time zone/],
    ['2030-13-01T09:00:00Z', /no month 13/],
    ['2030-01-16T24:00:00Z', /not a time of day/],
    ['2030-01-16T09:00:00+15:00', /offset/],
    ['9999-12-31T00:00:00Z', /out of range/],
    ['2036-01-01T00:00:00Z', /out of range/],
    ['1999-12-31T23:59:59Z', /out of range/],
    ['tomorrow', /not an ISO 8601 time/],
  ])('refuses %s', (text, message) => {
    const parsed = parseTickTime(text, NOW);
    expect('error' in parsed && parsed.error).toMatch(message);
  });
});

describe('tick posts what is due at the simulated moment only', () => {
  let t: TestApp;
  afterEach(() => t.close());

  async function setUp(commands: string[]) {
    t = await makeTestApp({ now: () => new Date(NOW) });
    // One channel per command: a channel has one digest.
    for (const [i, c] of commands.entries()) {
      await runBriefCommand(c, { channelId: `console:${i}`, userId: 'console:me', app: t.app });
    }
  }

  async function tick(at: string) {
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (d) => (out += String(d)));
    const code = await runTickCommand(['--at', at, '--json'], {
      app: t.app,
      schedules: t.store.schedules,
      posters: [],
      fallbackPoster: {
        platform: 'console',
        post: async (channelId) => ({ channelId, messageRef: `${channelId}:1`, threadRef: `${channelId}:1` }),
      },
      logger: silentLogger(),
      stdout,
      stderr: new PassThrough(),
      now: () => new Date(NOW),
      sleep: async () => {},
      channelIntervalMs: 0,
    });
    return { code, outcomes: (JSON.parse(out) as { outcomes: Array<{ status: string; slot: string }> }).outcomes };
  }

  /** A tick as an operator reads it: its text, without --json. */
  const tickText = (at: string) => tickTextOf(t, at, () => new Date(NOW));

  it('a tick a day ahead leaves today’s slots to real time (not skipped), and never catches up', async () => {
    // 17:30 digest set at 13:40; the operator rehearses tomorrow morning.
    await setUp(['digest 17:30 UTC']);
    const [schedule] = await t.store.schedules.list();
    expect(await tick('2030-01-16T09:00:00Z')).toEqual({ code: 0, outcomes: [] });
    expect(await t.store.schedules.claimsSince(schedule!.id, '2030-01-01T00:00:00.000Z')).toEqual([]);
    // Two hours after a slot is catch-up, which belongs to the running bot: a tick posts nothing.
    expect((await tick('2030-01-15T19:30:00Z')).outcomes).toEqual([]);
    // The slot's own minute posts it, once.
    expect((await tick('2030-01-15T17:30:20Z')).outcomes).toEqual([
      expect.objectContaining({ status: 'delivered', slot: '2030-01-15T17:30:00.000Z' }),
    ]);
    expect((await tick('2030-01-15T17:30:00Z')).outcomes).toEqual([]);
  });

  it('a tick after one that died holding the slot says who holds it and until when, not "nothing due"', async () => {
    await setUp(['digest 17:30 UTC']);
    const [schedule] = await t.store.schedules.list();
    const slot = '2030-01-16T17:30:00.000Z';
    // A rehearsal of tomorrow's slot was killed while posting: its claim holds the slot for a lease.
    const held = {
      scheduleId: schedule!.id,
      slot,
      owner: 'tick:4242:dead',
      now: new Date(NOW).toISOString(),
      leaseMs: 600_000,
    };
    expect(await t.store.schedules.claimSlot({ ...held, late: false, maxAttempts: 3 })).toBeDefined();
    const { code, out } = await tickText('2030-01-16T17:30:00Z');
    expect(code).toBe(0);
    expect(out).not.toContain('Nothing due');
    expect(out).toBe(
      `s${schedule!.id} console:0 slot ${slot}: not posted by this tick: held by tick:4242:dead for 10 more min (until 2030-01-15T13:50:00.000Z, real time, not --at's): ` +
        'it is posting it now, or died while posting; if it died, tick again after that (a retry looks for its post first, so it is not posted twice)\n',
    );
    // Settled slots say so too; a moment with no slot at all is plainly "nothing due".
    expect((await tick('2030-01-16T17:31:00Z')).outcomes).toEqual([]);
  });

  it('a tick that finds nothing due names the nearest slot, so a rehearsal a zone off is noticed', async () => {
    await setUp(['digest 17:30 America/New_York']);
    const [schedule] = await t.store.schedules.list();
    const { code, out } = await tickText('2030-01-15T17:30:00Z');
    expect(code).toBe(0);
    expect(out).toBe(
      'Nothing due at 2030-01-15T17:30:00.000Z.\n' +
        `The nearest slot: s${schedule!.id} console:0 at 2030-01-15T22:30:00.000Z (Tue 15 Jan, 17:30 EST), 5 h after it.\n`,
    );
  });

  it('schedules shows times in each schedule’s own zone; "last posted" never equals "next"', async () => {
    await setUp(['digest 17:30 Asia/Tokyo', 'digest 09:00 America/New_York']);
    const list = async () => {
      const stdout = new PassThrough();
      let out = '';
      stdout.on('data', (d) => (out += String(d)));
      await runSchedulesCommand([], { schedules: t.store.schedules, stdout, now: () => new Date(NOW) });
      return out.trim().split('\n');
    };
    const [tokyo, newYork] = await list();
    expect(tokyo).toMatch(/daily at 17:30 Asia\/Tokyo · next Wed 16 Jan, 17:30 GMT\+9$/);
    expect(newYork).toMatch(/daily at 09:00 America\/New_York · next Tue 15 Jan, 09:00 EST$/);
    // Tokyo's 17:30 on the 16th is 08:30 UTC: tick it ahead of real time.
    expect((await tick('2030-01-16T08:30:00Z')).outcomes).toHaveLength(1);
    const [after] = await list();
    expect(after).toMatch(/next Thu 17 Jan, 17:30 GMT\+9, last posted Wed 16 Jan, 17:30 GMT\+9$/);
    // New York's 09:00 today is still ahead (14:00 UTC): rehearsing tomorrow's leaves it next.
    expect((await tick('2030-01-16T14:00:00Z')).outcomes).toHaveLength(1);
    const [, rehearsed] = await list();
    expect(rehearsed).toMatch(/next Tue 15 Jan, 09:00 EST, last posted Wed 16 Jan, 09:00 EST$/);
  });
});
