import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { BUILT_CLI } from '../support/build-cli';
import { startFakeSlackApi } from '../support/fake-slack-api';
import { postSignedToSlack } from '../support/fake-slack-requests';

const BIN = BUILT_CLI;
const SECRET = 'test-signing-secret';
const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

it('a correctly signed request with the body `null` does not take the bot down', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-null-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const slackApi = await startFakeSlackApi();
  cleanup.push(() => slackApi.close());
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'start'], {
    env: {
      PATH: process.env.PATH,
      NEWSBRIEF_DB: join(dir, 'newsbrief.db'),
      NEWSBRIEF_LOG_LEVEL: 'info',
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_PORT: String(port),
      SLACK_API_URL: slackApi.apiUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (chunk) => (err += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  cleanup.push(async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  });
  await new Promise<void>((resolve, reject) => {
    const check = () => (err.includes('newsbrief started') ? resolve() : undefined);
    child.stderr.on('data', check);
    child.once('exit', () => reject(new Error(`exited before starting: ${err}`)));
  });

  const url = `http://127.0.0.1:${port}/slack/events`;
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
  expect(err).toContain('unexpected error');
  expect(err).not.toContain(SECRET);
  expect(err).not.toContain('xoxb-test-token');
}, 60_000);
