import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { startFakeSlackApi } from '../support/fake-slack-api';
import { postSignedToSlack } from '../support/fake-slack-requests';
import { startSlackBotProcess } from '../support/slack-bot-process';

const SECRET = 'test-signing-secret';
const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

it('a correctly signed request with the body `null` does not take the bot down', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-null-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const slackApi = await startFakeSlackApi();
  cleanup.push(() => slackApi.close());
  const { child, url, stderr } = await startSlackBotProcess({
    env: { NEWSBRIEF_DB: join(dir, 'newsbrief.db') },
    signingSecret: SECRET,
    slackApiUrl: slackApi.apiUrl,
    cleanup,
  });
  const thrown = () => stderr().split('unexpected error').length - 1;
  for (const contentType of ['application/json', 'application/x-www-form-urlencoded']) {
    // Bolt cannot answer it: Slack gives up after 3 s, so do we. As JSON it throws before replying,
    // and once the bot has logged that throw nothing more can come on the request: we stop there.
    // As a form Bolt waits for an ack until its own ~3 s timer, which the 3 s wait still covers.
    const before = thrown();
    const logged = new AbortController();
    // Held here, not only inside AbortSignal.any: Node lets a timeout signal that only a composite refers to be
    // garbage-collected before it fires (nodejs/node#57736), and then the composite never aborts.
    const gaveUp = AbortSignal.timeout(3_000);
    const signal = AbortSignal.any([gaveUp, logged.signal]);
    const request = postSignedToSlack(url, 'null', contentType, { secret: SECRET, signal }).catch(() => undefined);
    await vi.waitFor(() => expect(thrown() > before || gaveUp.aborted).toBe(true), { timeout: 5_000, interval: 10 });
    logged.abort();
    await request;
  }
  // Still serving: a signed url_verification is answered by the same process.
  const alive = await postSignedToSlack(
    url,
    JSON.stringify({ type: 'url_verification', challenge: 'still-here' }),
    'application/json',
    {
      secret: SECRET,
    },
  );
  expect(alive.status).toBe(200);
  expect(alive.body).toContain('still-here');
  expect(child.exitCode).toBeNull();
  // The log line and the HTTP answer travel on different pipes: poll for the line (bounded, with a
  // message) rather than expect it to have been read already.
  await expect
    .poll(stderr, { timeout: 20_000, interval: 10, message: 'the bot never logged the unexpected error' })
    .toContain('unexpected error');
  expect(stderr()).not.toContain(SECRET);
  expect(stderr()).not.toContain('xoxb-test-token');
}, 60_000);
