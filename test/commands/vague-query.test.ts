import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command-definition';
import { runBriefCommand } from '../../commands/index';
import { renderDiscordReply } from '../../src/platforms/discord/render-discord-reply';
import { projectPath } from '../../src/project-path';
import { BUILT_CLI } from '../support/build-cli';
import { makeTestApp, type TestApp } from '../support/make-test-app';

// B-main-10: `brief the` briefed the ferry story. Words that are all stopwords name no story.
const SAMPLES = ['harbour-ferry-contract', 'library-sunday-hours', 'riverside-waiting-lists'].map((n) =>
  join(projectPath('samples'), `${n}.txt`),
);
const FERRY = 'Harbour council delays vote on ferry contract after cost questions';

describe('a query of stopwords alone is too vague, in chat', () => {
  let t: TestApp;
  let ctx: CommandContext;
  beforeEach(async () => {
    t = await makeTestApp({ articles: SAMPLES });
    ctx = { channelId: 'discord:C1', userId: 'discord:U1', app: t.app };
  });
  afterEach(() => t.close());
  /** What a Discord user of /brief sees, text and embeds. */
  const discord = async (text: string) => {
    const rendered = renderDiscordReply(await runBriefCommand(text, ctx));
    return `${rendered.content ?? ''}\n${JSON.stringify(rendered.embeds ?? [])}`;
  };

  it('asks "Which story?" for /brief the, as the brief of no words does, and briefs nothing', async () => {
    for (const words of ['the', 'The ', 'what about it']) {
      const reply = await discord(words);
      expect(reply, words).toMatch(/^Which story\? Try `\/brief story <words from the story>`/);
      expect(reply).not.toContain(FERRY);
    }
    // Controls: words from a story, and an id, still brief it.
    expect(await discord('the ferry')).toContain(FERRY);
    expect(await discord('#1')).toContain(FERRY);
  });

  it('reads a word typed in capitals as an acronym, not a stopword (review B-ux26-1)', async () => {
    // "WHO" is the World Health Organization and "US" the country, though "who" and "us" name no story.
    for (const words of ['WHO', 'US', 'IT']) expect(await discord(words), words).not.toMatch(/^Which story\? Try/);
    expect(await discord('who')).toMatch(/^Which story\? Try/);
  });

  it('follows nothing for /brief follow the 09:00, and asks which story', async () => {
    const reply = await discord('follow the 09:00 Europe/London');
    expect(reply).toMatch(/^Which story\?/);
    expect(await t.store.schedules.list()).toEqual([]);
    // Control: a story's words are followed.
    await discord('follow ferry 09:00 Europe/London');
    expect(await t.store.schedules.list()).toHaveLength(1);
  });

  it('stops no follow-up for /brief unfollow the, and asks which one', async () => {
    for (const story of ['ferry', 'libraries', 'riverside']) await discord(`follow ${story} 09:00 Europe/London`);
    for (const words of ['the', 'to', 'what about it']) {
      expect(await discord(`unfollow ${words}`), words).toMatch(/^Which follow-up\? “[^”]+” is too vague/);
    }
    expect(await t.store.schedules.list()).toHaveLength(3);
    // Controls: a story's words, or a schedule id, stop it.
    expect(await discord('unfollow ferry')).toMatch(/^Stopped s\d+/);
    expect(await discord('unfollow WHO')).not.toMatch(/too vague/);
    expect(await t.store.schedules.list()).toHaveLength(2);
  });

  it('resolves no question for /brief resolve to 1, and asks which story', async () => {
    const libraries = (await t.app.findStory('libraries'))!;
    for (const line of ['resolve to 1', 'resolve the', 'resolve to question 2']) {
      expect(await discord(line), line).toMatch(/^Which story\? “[^”]+” is too vague/);
    }
    expect(await t.store.schedules.resolvedQuestions(libraries.id)).toEqual([]);
    // Control: words from the title resolve its question.
    expect(await discord('resolve libraries 1')).toMatch(/^Resolved: question 1/);
    expect(await t.store.schedules.resolvedQuestions(libraries.id)).toHaveLength(1);
  });
});

describe('a query of stopwords alone is too vague, at the shell (dist)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-vague-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const env = { PATH: process.env.PATH, NEWSBRIEF_DB: join(dir, 'newsbrief.db'), NEWSBRIEF_LOG_LEVEL: 'warn' };
  const run = (args: string[]) => spawnSync(BUILT_CLI, args, { encoding: 'utf8', env });

  it('refuses `brief the` and `ask the "…"` with a usage error naming the words, and briefs nothing', () => {
    expect(run(['ingest', ...SAMPLES]).status).toBe(0);
    const brief = run(['brief', 'the']);
    expect(brief.status).toBe(2);
    expect(brief.stdout).toBe('');
    expect(brief.stderr).toMatch(/Which story\? "the" is too vague/);
    const ask = run(['ask', 'the', 'who chairs the committee?']);
    expect(ask.status).toBe(2);
    expect(ask.stderr).toMatch(/Which story\? "the" is too vague/);
    // Control: the same words with one from the story brief it.
    const ferry = run(['brief', 'the', 'ferry']);
    expect(ferry.status).toBe(0);
    expect(ferry.stdout).toContain(FERRY);
  });
});
