import { PassThrough } from 'node:stream';
import { silentLogger } from '../../src/logging/create-logger';
import { startConsoleChat } from '../../src/platforms/console/start-console-chat';
import type { TestApp } from './make-test-app';

/**
 * What the console prints for these lines, typed one after another into one session: one reply per echoed line.
 * `terminal` names the terminal it runs in (a restart there goes on in its thread); without one the run's thread is its own.
 */
export async function consoleSession(app: TestApp['app'], lines: string[], terminal?: string): Promise<string[]> {
  const output = new PassThrough();
  let out = '';
  output.on('data', (d) => (out += String(d)));
  const input = new PassThrough();
  const chat = startConsoleChat({
    app,
    input,
    output,
    logger: silentLogger(),
    interactive: false,
    ...(terminal === undefined ? {} : { terminal }),
  });
  input.end([...lines, ''].join('\n'));
  await chat.done;
  // Each reply follows the echoed line it answers ("> who said that?").
  return out.split(/^> .*$/m).slice(1);
}
