import { type ChildProcess, spawn } from 'node:child_process';
import { BUILT_CLI } from './build-cli';
import { freePort } from './free-port';

export interface SlackBotProcess {
  child: ChildProcess;
  port: number;
  /** Where Slack posts events to this process. */
  url: string;
  stderr: () => string;
}

export interface SlackBotProcessOptions {
  /** Added to (and overriding) the Slack HTTP-mode environment. */
  env: Record<string, string>;
  signingSecret: string;
  slackApiUrl: string;
  /** Where the test registers its clean-up steps (run in reverse after each test). */
  cleanup: Array<() => unknown>;
  /** Run this built CLI file as its own executable, so its launcher line's node flags apply. */
  cli?: string;
}

/**
 * A real `newsbrief start` (the built CLI) in Slack HTTP mode on a free loopback port, resolved
 * once it logs that it started; stopped with SIGTERM by the test's clean-up.
 */
export async function startSlackBotProcess(options: SlackBotProcessOptions): Promise<SlackBotProcess> {
  const port = await freePort();
  const [command, args] = options.cli ? [options.cli, ['start']] : [process.execPath, [BUILT_CLI, 'start']];
  const child = spawn(command, args, {
    env: {
      PATH: process.env.PATH,
      // Under libfaketime (CI's second pass) the bot keeps the test's clock: slots it owes match.
      ...Object.fromEntries(
        Object.entries(process.env).filter(([k]) => k === 'LD_PRELOAD' || k.startsWith('FAKETIME')),
      ),
      NEWSBRIEF_LOG_LEVEL: 'info',
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: options.signingSecret,
      SLACK_PORT: String(port),
      SLACK_API_URL: options.slackApiUrl,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (chunk) => (err += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  options.cleanup.push(async () => {
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
