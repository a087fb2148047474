import { afterEach, expect, it } from 'vitest';
import { startFakeSlackApi } from '../support/fake-slack-api';
import { makeTestApp } from '../support/make-test-app';
import { type SlackHarness, startSlackHarness } from './slack-harness';

const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const clean of cleanups.reverse()) await clean();
  cleanups.length = 0;
});

async function start(): Promise<{ harness: SlackHarness; close: () => Promise<void>; healthz: string }> {
  const fake = await startFakeSlackApi();
  cleanups.push(() => fake.close());
  const test = await makeTestApp();
  cleanups.push(() => test.close());
  const harness = await startSlackHarness({ app: test.app, fake, healthCheck: () => test.store.ping() });
  cleanups.push(() => harness.stop());
  return { harness, close: () => test.store.close(), healthz: harness.eventsUrl.replace('/slack/events', '/healthz') };
}

it('GET /healthz answers 200 while the store answers its ping', async () => {
  const { healthz } = await start();
  const res = await fetch(healthz);
  expect(res.status).toBe(200);
  expect(await res.text()).toBe('ok');
});

it('GET /healthz answers 503 once the store cannot answer, so a load balancer routes around the replica', async () => {
  const { healthz, close } = await start();
  expect((await fetch(healthz)).status).toBe(200);
  await close();
  const res = await fetch(healthz);
  expect(res.status).toBe(503);
  expect(await res.text()).toBe('database unreachable');
});
