import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { BUILT_CLI } from '../support/build-cli';
import { FAKE_BOT_USER_ID, type FakeSlackApi, startFakeSlackApi } from '../support/fake-slack-api';
import { eventCallback, postSignedToSlack } from '../support/fake-slack-requests';
import { createTestDatabase, type TestDatabase } from '../support/shared-postgres';

const SECRET = 'test-signing-secret';
const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface Replica {
  child: ChildProcess;
  url: string;
  port: number;
  stderr: () => string;
}

/** One real `newsbrief start` in Slack HTTP mode on the shared PostgreSQL schema. */
async function startReplica(env: Record<string, string>, slack: FakeSlackApi): Promise<Replica> {
  const port = await freePort();
  const child = spawn(process.execPath, [BUILT_CLI, 'start'], {
    env: {
      PATH: process.env.PATH,
      NEWSBRIEF_LOG_LEVEL: 'info',
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_PORT: String(port),
      SLACK_API_URL: slack.apiUrl,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (chunk) => (err += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  cleanup.push(async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  });
  await new Promise<void>((resolve, reject) => {
    const check = () => (err.includes('newsbrief started') ? resolve() : undefined);
    child.stderr!.on('data', check);
    child.once('exit', () => reject(new Error(`exited before starting: ${err}`)));
  });
  return { child, port, url: `http://127.0.0.1:${port}/slack/events`, stderr: () => err };
}

it('two `newsbrief start` replicas on one PostgreSQL database answer an event once, whichever receives it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-replicas-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const slack = await startFakeSlackApi();
  cleanup.push(() => slack.close());
  const sqlite = join(dir, 'newsbrief.db');
  const schema = database.freshSchema();
  const env = {
    NEWSBRIEF_DB: sqlite,
    NEWSBRIEF_DATABASE_URL: database.url.replace('postgres://postgres@', 'postgres://postgres:not-needed-secret@'),
    NEWSBRIEF_DB_SCHEMA: schema,
    NEWSBRIEF_DB_POOL_SIZE: '3',
  };
  const a = await startReplica(env, slack);
  const b = await startReplica(env, slack);
  // The first line names the database, without the password; no SQLite file was created.
  for (const replica of [a, b]) {
    expect(replica.stderr()).toMatch(
      /newsbrief: database postgres:\/\/postgres@127\.0\.0\.1:\d+\/t_\w+ \(schema s\d+\)/,
    );
    expect(replica.stderr()).not.toContain('not-needed-secret');
    expect((await fetch(`http://127.0.0.1:${replica.port}/healthz`)).status).toBe(200);
  }
  expect(existsSync(sqlite)).toBe(false);

  const deliver = (replica: Replica, eventId: string, fields: Parameters<typeof eventCallback>[1]) =>
    postSignedToSlack(replica.url, JSON.stringify(eventCallback(eventId, fields)), 'application/json', {
      secret: SECRET,
    });
  // One mention, as Slack sends it: the app_mention to one replica, its retry to the other, and
  // the `message` twin of the same post (another event id) to the other as well.
  const mention = { channel: 'CREPLICA', text: `<@${FAKE_BOT_USER_ID}> ferry`, ts: '1700000100.000100' };
  const delivered = await Promise.all([
    deliver(a, 'EvReplica1', { ...mention, type: 'app_mention' }),
    deliver(b, 'EvReplica1', { ...mention, type: 'app_mention' }),
    deliver(b, 'EvReplica2', { ...mention, type: 'message' }),
  ]);
  expect(delivered.map((d) => d.status)).toEqual([200, 200, 200]);
  const brief = await slack.waitForCall('chat.postMessage', (c) => c.params.channel === 'CREPLICA');
  expect(JSON.stringify(brief.params.blocks)).toMatch(/ferry/i);

  // Another post, to both: once it is answered, both replicas are past the first one too.
  const next = { channel: 'CREPLIC2', text: `<@${FAKE_BOT_USER_ID}> libraries`, ts: '1700000200.000100' };
  await Promise.all([
    deliver(b, 'EvReplica3', { ...next, type: 'app_mention' }),
    deliver(a, 'EvReplica3', { ...next, type: 'app_mention' }),
  ]);
  await slack.waitForCall('chat.postMessage', (c) => c.params.channel === 'CREPLIC2');
  await new Promise((resolve) => setTimeout(resolve, 500));
  const posts = (channel: string) =>
    slack.callsTo('chat.postMessage').filter((c) => c.params.channel === channel && !c.params.thread_ts);
  expect(posts('CREPLICA')).toHaveLength(1);
  expect(posts('CREPLIC2')).toHaveLength(1);
}, 120_000);
