import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { BUILT_CLI } from '../support/build-cli';
import { type FakeOpenAiServer, startFakeOpenAiServer } from '../support/fake-openai-server';
import { FLYNN_SAMPLE } from '../support/make-test-app';

const BIN = BUILT_CLI;
let dir: string;
let server: FakeOpenAiServer;
const children: ChildProcess[] = [];
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-429-'));
  server = await startFakeOpenAiServer();
});
afterEach(async () => {
  // A child still waiting out a Retry-After (the bug this guards against) must not outlive the test.
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: {
      PATH: process.env.PATH,
      NEWSBRIEF_DB: join(dir, 'newsbrief.db'),
      NEWSBRIEF_LOG_LEVEL: 'silent',
      NEWSBRIEF_ENGINE: 'llm',
      NEWSBRIEF_MODEL: 'fake-model',
      OPENAI_BASE_URL: server.baseURL,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout.on('data', (chunk) => (out += String(chunk)));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out })));
}

// Before the fix the SDK slept out the hour (an uncancellable timer), so `brief` never exited
// and this test timed out.
it('`brief` exits with the extractive brief when the model answers 429 with Retry-After: 3600', async () => {
  expect((await run(['ingest', FLYNN_SAMPLE])).code).toBe(0);
  server.script({ status: 429, headers: { 'retry-after': '3600' }, raw: '{"error":{"message":"slow down"}}' });
  const { code, out } = await run(['brief', 'flynn']);
  expect(code).toBe(0);
  expect(out).toContain('extractive (model unavailable)');
  expect(server.calls).toHaveLength(1);
}, 60_000);
