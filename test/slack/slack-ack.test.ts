import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisEngine } from '../../src/app/analysis-engine';
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import { createExtractiveEngine } from '../../src/app/extractive-engine';
import { silentLogger } from '../../src/logging/create-logger';
import { type FakeSlackApi, startFakeSlackApi } from '../support/fake-slack-api';
import { FLYNN_SAMPLE, makeTestApp, type TestApp } from '../support/make-test-app';
import { type SlackHarness, startSlackHarness } from './slack-harness';

/** The real extractive engine behind a gate the test opens: a stand-in for a slow model. */
function gatedEngine(): { engine: AnalysisEngine; open(): void; entered: Promise<void> } {
  const inner = createExtractiveEngine();
  let open!: () => void;
  let enter!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const entered = new Promise<void>((resolve) => (enter = resolve));
  return {
    // A different key than the ingest-time engine, so the cached analysis is not reused.
    engine: {
      key: 'gated-test@1',
      label: 'gated',
      async analyze(text, meta) {
        enter();
        await gate;
        return inner.analyze(text, meta);
      },
      answer: (a, q, t) => inner.answer(a, q, t),
    },
    open,
    entered,
  };
}

describe('Slack ack comes before the work', () => {
  let fake: FakeSlackApi;
  let seeded: TestApp;
  let slack: SlackHarness;
  const gated = gatedEngine();

  beforeAll(async () => {
    fake = await startFakeSlackApi();
    seeded = await makeTestApp({ articles: [FLYNN_SAMPLE] });
    const app = createNewsbriefApp({ store: seeded.store, logger: silentLogger(), engine: gated.engine });
    slack = await startSlackHarness({ app, fake });
  });
  afterAll(async () => {
    gated.open();
    await slack?.stop();
    await fake?.close();
    seeded?.close();
  });

  it('acks /brief while the engine is still working, then posts when it finishes', async () => {
    const res = await slack.command({ text: 'flynn', channel: 'CSLOWENG' });
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    // Answered while the engine is still blocked: the ack never waits for the work (no clock
    // needed to show it, and none that a loaded machine could break).
    await gated.entered;
    expect(fake.callsTo('chat.postMessage').filter((c) => c.params.channel === 'CSLOWENG')).toHaveLength(0);
    gated.open();
    const post = await fake.waitForCall('chat.postMessage', (c) => c.params.channel === 'CSLOWENG');
    expect(post.params.blocks[0].text.text).toMatch(/Flynn/);
  });
});
