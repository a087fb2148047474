import { runBriefCommand } from '../../commands/index';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import { makeTestApp, type TestApp } from './make-test-app';

/** A test app over `articles` and what a console user typing `/brief` commands in one channel reads back. */
export async function consoleCommands(options: { articles: string[]; now?: () => Date }) {
  const t: TestApp = await makeTestApp(options);
  const ctx = { channelId: 'console:test', userId: 'console:tester', app: t.app };
  return { t, say: async (command: string) => renderConsoleReply(await runBriefCommand(command, ctx)) };
}
