import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlackApi, startFakeSlackApi } from '../support/fake-slack-api';
import { FLYNN_SAMPLE, makeTestApp, type TestApp } from '../support/make-test-app';
import { postBrief, postedText, startSlackHarness } from './slack-harness';

describe('Slack threads survive a restart', () => {
  let fake: FakeSlackApi;
  let first: TestApp;

  beforeAll(async () => {
    fake = await startFakeSlackApi();
    first = await makeTestApp({ articles: [FLYNN_SAMPLE] });
  });
  afterAll(async () => {
    await fake?.close();
    first?.close();
  });

  it('answers a reply to a brief posted before the restart, from the same database', async () => {
    const before = await startSlackHarness({ app: first.app, fake });
    const { ts } = await postBrief(before, fake, first.store.conversations, 'CRESTART');
    await before.stop();
    first.store.close();

    // A new process: new store handle on the same file, new app, new Bolt server on a new port.
    const second = await makeTestApp({ dbPath: first.dbPath });
    const after = await startSlackHarness({ app: second.app, fake });
    try {
      expect(after.eventsUrl).not.toBe(before.eventsUrl);
      await after.event('EvAfterRestart', {
        channel: 'CRESTART',
        ts: '1700002000.000001',
        threadTs: ts,
        text: 'What did Spicer say?',
      });
      const answer = await fake.waitForCall(
        'chat.postMessage',
        (c) => c.params.channel === 'CRESTART' && c.params.thread_ts === ts,
      );
      expect(postedText(answer.params)).toMatch(/Spicer|Nope|doesn't say/);
    } finally {
      await after.stop();
      second.close();
    }
  });
});
