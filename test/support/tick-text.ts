import { PassThrough } from 'node:stream';
import { runTickCommand } from '../../src/cli/tick-command';
import { silentLogger } from '../../src/logging/create-logger';
import type { TestApp } from './make-test-app';

/** `newsbrief tick --at <at>` as an operator reads it (text, not --json), on the test app's store. */
export async function tickText(t: TestApp, at: string, now: () => Date): Promise<{ code: number; out: string }> {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (d) => (out += String(d)));
  const code = await runTickCommand(['--at', at], {
    app: t.app,
    schedules: t.store.schedules,
    posters: [],
    logger: silentLogger(),
    stdout,
    stderr: new PassThrough(),
    now,
  });
  return { code, out };
}
