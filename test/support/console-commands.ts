import { runBriefCommand } from '../../commands/index';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import { fakeClock } from '../scheduler/scheduler-fixture';
import { FLYNN_SAMPLE, makeTestApp, type TestApp } from './make-test-app';
import { useCleanups } from './use-cleanups';

/** A test app over `articles` and what a console user typing `/brief` commands in one channel reads back. */
export async function consoleCommands(options: { articles: string[]; now?: () => Date }) {
  const t: TestApp = await makeTestApp(options);
  const ctx = { channelId: 'console:test', userId: 'console:tester', app: t.app };
  return { t, say: async (command: string) => renderConsoleReply(await runBriefCommand(command, ctx)) };
}

/**
 * For a test file of schedule commands: the Flynn story stored, the clock at `iso`, and what a console user typing
 * commands reads back; each test's app is closed after it.
 */
export function flynnConsole(): (iso: string) => ReturnType<typeof consoleCommands> {
  const cleanups = useCleanups();
  return async (iso) => {
    const chat = await consoleCommands({ articles: [FLYNN_SAMPLE], now: fakeClock(iso).now });
    cleanups.push(() => chat.t.close());
    return chat;
  };
}
