import { afterEach, expect, it } from 'vitest';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import { makeTestApp, type TestApp } from '../support/make-test-app';
import { fakeClock } from './scheduler-fixture';

let t: TestApp | undefined;
afterEach(() => t?.close());

it('a busy day’s digest lists the newest stories first and says where the rest are', async () => {
  const clock = fakeClock('2026-03-02T09:00:00Z');
  t = await makeTestApp({ now: clock.now });
  for (let n = 1; n <= 18; n++) {
    await t.app.ingest({
      source: 'test',
      title: `Harbour story ${n}`,
      text: `Harbour story ${n}\n\nThe council met on day ${n} to discuss the harbour, a spokesman said.`,
    });
    clock.advance(60_000);
  }
  const digest = await t.store.schedules.create({
    channelId: 'slack:C1',
    kind: 'digest',
    time: '09:30',
    timezone: 'UTC',
  });
  const slot = Date.parse('2026-03-02T09:30:00Z');
  const text = renderConsoleReply(await t.app.buildScheduledPost({ schedule: digest, slot, late: false, since: '' }));
  const listed = [...text.matchAll(/• (Harbour story \d+)/g)].map((m) => m[1]);
  expect(listed[0]).toBe('Harbour story 18');
  expect(listed).toHaveLength(15);
  expect(listed).not.toContain('Harbour story 3');
  expect(text).toContain('…and 3 more, added earlier: /brief list 2 and on lists them');
});
