import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command-definition';
import { runBriefCommand } from '../../commands/index';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import { projectPath } from '../../src/project-path';
import { makeTestApp, type TestApp } from '../support/make-test-app';

const FERRY = join(projectPath('samples'), 'harbour-ferry-contract.txt');

describe('/brief resolve: the question number as people type it', () => {
  let t: TestApp;
  let ctx: CommandContext;
  const say = async (line: string) => renderConsoleReply(await runBriefCommand(line, ctx));
  beforeEach(async () => {
    t = await makeTestApp({ articles: [FERRY] });
    ctx = { channelId: 'slack:C1', userId: 'slack:U1', app: t.app };
  });
  afterEach(() => t.close());

  it('reads "2.", "#2", "q2" and "question 2" as question 2 of the story, never as title words', async () => {
    for (const line of ['resolve ferry 2.', 'resolve ferry #2', 'resolve ferry q2', 'resolve ferry question 2']) {
      expect(await say(line), line).toMatch(/^(Resolved|Already resolved): question 2 of /);
    }
  });

  it('a story named without a number offers the listing, not a guessed question 1', async () => {
    const text = await say('resolve fery contrct');
    expect(text).toContain('(/brief resolve #1)');
    expect(text).not.toContain('/brief resolve #1 1');
  });

  it('a number past the end counts the questions without calling resolved ones open', async () => {
    await say('resolve ferry 1');
    const reply = await runBriefCommand('resolve ferry 99', ctx);
    expect(reply.kind).toBe('error');
    const text = reply.sections.flatMap((s) => s.items.map((i) => i.text)).join(' ');
    const count = Number(/pick 1–(\d+)/.exec(text)?.[1]);
    expect(count).toBeGreaterThan(1);
    expect(text).not.toContain(`has ${count} open questions`);
    expect(text).toContain(`${count - 1} still open`);
  });
});
