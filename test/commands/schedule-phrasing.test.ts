import { afterEach, beforeEach, expect, it } from 'vitest';
import type { CommandContext } from '../../src/commands/command-definition';
import { runBriefCommand } from '../../src/commands/index';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import { FLYNN_SAMPLE, makeTestApp, type TestApp } from '../support/make-test-app';

let t: TestApp;
let ctx: CommandContext;
beforeEach(async () => {
  t = await makeTestApp({ articles: [FLYNN_SAMPLE] });
  ctx = { channelId: 'console:phrasing', userId: 'console:editor', app: t.app };
}, 20_000);
afterEach(() => t.close());

const say = async (text: string) => renderConsoleReply(await runBriefCommand(text, ctx));

it('reads "daily at 09:00", "at 17:30" and a closing "daily" as the schedule, not as the story\'s words', async () => {
  expect(await say('follow flynn daily at 10:00')).toMatch(/^Following here, daily at 10:00 UTC: “US Senate/);
  expect(await say('digest at 17:30')).toContain('17:30');
  expect(await say('schedules')).toContain('s1 follow “flynn” (#1) daily at 10:00 UTC');
  expect(await say('digest every day at 18:00 Europe/London')).toContain('18:00');
  expect(await say('schedules')).toMatch(/digest[^\n]*18:00 Europe\/London/);
  expect(await say('follow flynn daily')).toContain('Already following');
  // The time after "at" is still checked.
  expect(await say('digest at 25:00')).toContain('"25:00" is not a time');
});
