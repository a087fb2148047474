import { expect, it } from 'vitest';
import { runSchedulesCommand } from '../../src/cli/schedules-command';
import { formatSlot } from '../../src/schedule/format-slot';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';

const NOW = new Date('2026-12-01T12:50:00.000Z');

it('a slot in another year than now says which year; one this year does not', () => {
  const now = NOW.getTime();
  expect(formatSlot(Date.parse('2027-03-28T01:00:00Z'), 'Europe/London', now)).toBe('Sun 28 Mar 2027, 02:00 BST');
  expect(formatSlot(Date.parse('2026-12-02T09:00:00Z'), 'Europe/London', now)).toBe('Wed 2 Dec, 09:00 GMT');
  // New Year's Eve in New York is still 2026 there at 02:00 UTC on 1 January.
  expect(formatSlot(Date.parse('2027-01-01T02:00:00Z'), 'America/New_York', now)).toMatch(/^Thu 31 Dec, 21:00 /);
});

it('newsbrief schedules: a rehearsal posted next March reads as next year, not as last March', async () => {
  const store = openAsyncSqliteStore({ path: ':memory:', now: () => NOW });
  try {
    const s = await store.schedules.create({
      channelId: 'console:terminal',
      kind: 'digest',
      time: '01:30',
      timezone: 'Europe/London',
      createdAt: NOW.toISOString(),
    });
    // `tick --at 2027-03-28T01:00:00Z`: the spring-forward night's 01:30 is 02:00 BST.
    const slot = '2027-03-28T01:00:00.000Z';
    const claim = { scheduleId: s.id, slot, owner: 'tick', now: NOW.toISOString(), leaseMs: 60_000 };
    await store.schedules.claimSlot({ ...claim, late: false, maxAttempts: 3 });
    await store.schedules.markDelivered(s.id, slot, 'tick', 'console:1', NOW.toISOString());
    let out = '';
    const stdout = { write: (chunk: string) => (out += chunk) } as unknown as NodeJS.WritableStream;
    await runSchedulesCommand([], { schedules: store.schedules, stdout, now: () => NOW });
    expect(out).toContain('next Wed 2 Dec, 01:30 GMT, last posted Sun 28 Mar 2027, 02:00 BST');
  } finally {
    await store.close();
  }
});
