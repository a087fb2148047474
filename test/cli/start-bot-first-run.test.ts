import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config';
import { silentLogger } from '../../src/logging/create-logger';
import { createRuntime } from '../../src/main';
import { projectPath } from '../../src/project-path';
import { startBot } from '../../src/start-bot';

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function firstRun(status?: PassThrough) {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-firstrun-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const runtime = await createRuntime(loadConfig({ NEWSBRIEF_DB: join(dir, 'newsbrief.db') }), {
    logger: silentLogger(),
    bundledWorker: true,
  });
  cleanup.push(() => runtime.close());
  const input = new PassThrough();
  const output = new PassThrough();
  let said = '';
  output.on('data', (chunk) => {
    said += String(chunk);
  });
  input.end('/brief list\n');
  await startBot(runtime, {
    input,
    output,
    interactive: false,
    stopSignal: new Promise<string>(() => {}),
    samplesDir: projectPath('samples'),
    ...(status ? { status } : {}),
  });
  return said;
}

it('a piped first run with no status stream still says which sample stories it stored, in the chat', async () => {
  expect(await firstRun()).toContain('First run: stored 3 sample stories from samples/');
});

it('with a status stream the list goes there, and the transcript stays clean', async () => {
  const status = new PassThrough();
  let onStatus = '';
  status.on('data', (chunk) => {
    onStatus += String(chunk);
  });
  expect(await firstRun(status)).not.toContain('First run');
  expect(onStatus).toContain('First run: stored 3 sample stories from samples/');
});
