import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
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
  for (const contentType of ['application/json', 'application/x-www-form-urlencoded']) {
    // Bolt cannot answer it (it throws before replying): Slack gives up after 3 s, so do we.
    await postSignedToSlack(url, 'null', contentType, { secret: SECRET, signal: AbortSignal.timeout(3_000) }).catch(
      () => undefined,
    );
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
