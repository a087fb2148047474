import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command-definition';
import { runBriefCommand } from '../../commands/index';
import { runCli } from '../../src/cli/run-cli';
import { renderDiscordReply } from '../../src/platforms/discord/render-discord-reply';
import { projectPath } from '../../src/project-path';
import { captureIo } from '../support/capture-io';
import { FLYNN_SAMPLE, makeTestApp, type TestApp } from '../support/make-test-app';

const SAMPLES = ['harbour-ferry-contract', 'library-sunday-hours', 'riverside-waiting-lists'].map((n) =>
  join(projectPath('samples'), `${n}.txt`),
);
const WARD =
  'A by-election in ward 24 will be held next month, the council said. It did not say how much the vote would cost. "We will publish the date soon," said Mayor Ann Hale.';
const FERRY = 'Harbour council delays vote on ferry contract after cost questions';

/** Discord's text for a reply: what a user of /brief there reads. */
async function discord(text: string, ctx: CommandContext): Promise<string> {
  const reply = await runBriefCommand(text, ctx);
  expect(reply.visibility, text).toBe('ephemeral');
  return renderDiscordReply(reply).content ?? '';
}

describe('"no story matches" in chat: one wording for every command', () => {
  let t: TestApp;
  let ctx: CommandContext;
  beforeEach(async () => {
    t = await makeTestApp({ articles: SAMPLES });
    ctx = { channelId: 'discord:C1', userId: 'discord:U1', app: t.app };
  });
  afterEach(() => t.close());

  it('names the words and where they were looked for, the closest title with the same command by id, and list', async () => {
    const brief = await discord('fery contrct', ctx);
    const follow = await discord('follow fery contrct 08:30 Europe/London', ctx);
    const unfollow = await discord('unfollow fery contrct', ctx);
    for (const text of [brief, follow, unfollow]) {
      expect(text).toMatch(/^No stored story matches “fery contrct” in its title, text or names\./);
      expect(text).toContain(`**Closest titles**\n• ${FERRY}`);
      expect(text).toContain('See every stored story and its id with `/brief list`.');
    }
    // Each suggestion retries the command the user typed, keeping the rest of what they typed.
    expect(brief).toContain('`/brief story #1`');
    expect(follow).toContain('`/brief follow #1 08:30 Europe/London`');
    expect(unfollow).toContain('`/brief unfollow #1`');
    // resolve looks at titles alone (it changes the story), and says so.
    const resolve = await discord('resolve fery contrct 2', ctx);
    expect(resolve).toMatch(/^No stored story has “fery contrct” in its title\./);
    expect(resolve).toContain('`/brief resolve #1 2`');
    expect(await t.store.schedules.list()).toEqual([]);
  });

  it('answers an id nothing has the same way in every command, and words near nothing with how to add', async () => {
    for (const line of ['#99', 'follow #99', 'resolve #99 1', 'unfollow #99']) {
      expect(await discord(line, ctx), line).toBe(
        'There is no story #99.\n\nSee every stored story and its id with `/brief list`.',
      );
    }
    for (const line of ['zzqx', 'follow zzqx', 'unfollow zzqx']) {
      expect(await discord(line, ctx), line).toMatch(/^No stored story matches “zzqx”[\s\S]*Add it with `\/brief add/);
    }
  });

  it('reads "#1 extra" as story #1 with words after it in every command, never as a search for "1"', async () => {
    // Searched for "1", "#1 extra" matched "£1.2m": /brief briefed, and follow followed daily, the libraries story.
    // Its words are searched (the reply says so) and offered, never acted on; "1" is no search term.
    const lines = { '#1 zzqx': '/brief story #1', 'follow #1 zzqx': '/brief follow #1 09:00 UTC' };
    for (const [line, retry] of Object.entries({ ...lines, 'unfollow #1 zzqx': '/brief unfollow #1' })) {
      const text = await discord(line, ctx);
      expect(text, line).toMatch(
        /^“#1” followed by words is not read as story #1, so “#1 zzqx” was searched as words: no stored story matches them\./,
      );
      expect(text, line).toContain(`**Story #1**\n• ${FERRY} \`${retry}\``);
      expect(text, line).not.toContain('libraries');
    }
    expect(await discord('resolve #1. council 2', ctx)).toContain(`• ${FERRY} \`/brief resolve #1 2\``);
    expect(await discord('#9 zzqx', ctx)).toBe(
      '“#9” followed by words is not read as story #9, so “#9 zzqx” was searched as words: no stored story matches them.\n\n' +
        'See every stored story and its id with `/brief list`.',
    );
    expect(await t.store.schedules.list()).toEqual([]);
    expect(await t.app.findStory('#2 council')).toBeUndefined();
  });

  it('says what was done with "/brief #1 show this week?": its words searched, the matches offered, none briefed', async () => {
    const text = await discord('#1 libraries Sunday hours?', ctx);
    expect(text).toMatch(
      /^“#1” followed by words is not read as story #1, so “#1 libraries Sunday hours\?” was searched as words; the stories they match are below\./,
    );
    // Story #1 is offered for its id, apart from what the words found: neither is a "closest title".
    expect(text).toContain(
      `**Story #1**\n• ${FERRY} \`/brief story #1\`\n\n**Stories the words match**\n• City libraries`,
    );
    expect(text).not.toContain('Closest titles');
    expect(text).not.toContain('starts with story');
  });

  it('offers only titles that share a word or are a near miss of one, else says none comes close', async () => {
    // These share letter runs with stored titles ("ion" with "questions", "tra" with "contract")
    // but no word: offering the ferry story for them would mislead.
    for (const line of ['election results', 'follow pension strike 09:00', 'unfollow football transfer']) {
      const text = await discord(line, ctx);
      expect(text, line).not.toContain('Closest titles');
      expect(text, line).toContain(
        'No stored title comes close. See every stored story and its id with `/brief list`.',
      );
    }
    // A shared word after stemming, or a typo of one, still finds its title.
    expect(await discord('follow libary hourz 09:00', ctx)).toContain(
      '**Closest titles**\n• City libraries to close on Sundays as trustees cut £1.2m',
    );
    expect(await discord('unfollow hrabour', ctx)).toContain(`**Closest titles**\n• ${FERRY}`);
  });

  // A bare number no story has is most likely an id typed wrong or copied from an old list, and
  // numbers are everywhere in copy: read as words, it picked whichever story held it (review A6).
  // #1 holds "15 January", "12 years" and "2023"; #2 and #3 hold none of them.
  it('is "no story #15" for /brief, with the stories that mention it listed by id, not a brief of one', async () => {
    const reply = await runBriefCommand('15', ctx);
    expect(reply.kind).toBe('error');
    expect(reply.threadArticleId).toBeUndefined();
    const text = renderDiscordReply(reply).content ?? '';
    expect(text).toMatch(/^There is no story #15\./);
    expect(text).toContain(`**Stories that mention “15”**\n• ${FERRY} \`/brief story #1\``);
    expect(text).not.toContain('libraries');
    // Copied from a list with its full stop, the same.
    expect(await discord('15.', ctx)).toBe(text);
    // Nothing holds it either: the plain "no story" with the pointer to the list.
    expect(await discord('77', ctx)).toBe(
      'There is no story #77.\n\nSee every stored story and its id with `/brief list`.',
    );
  });

  it('still briefs a year as words (the README’s "/brief 2024"), and a number that is an id as that story', async () => {
    expect((await runBriefCommand('2023', ctx)).threadArticleId).toBe(1);
    expect((await runBriefCommand('2', ctx)).threadArticleId).toBe(2);
    // Autocomplete offers the stories holding the number: offering is not acting.
    expect((await t.app.suggestStories('15', 5)).map((s) => s.id)).toEqual([1]);
  });

  it('never follows the story whose words hold it, a year included', async () => {
    for (const line of ['follow 15 09:00', 'follow 2023 09:00']) {
      const text = await discord(line, ctx);
      expect(text, line).toMatch(/^There is no story #(15|2023)\./);
      expect(text, line).toContain(`• ${FERRY} \`/brief follow #1 09:00 UTC\``);
    }
    expect(await t.store.schedules.list()).toEqual([]);
  });

  it('never resolves a question of the story whose title holds it', async () => {
    // A title holding the number is no more its id than a body holding it.
    const ward = await t.app.ingest({ source: 's', title: 'Ward 24 by-election called', text: WARD });
    const resolve = await discord('resolve 24 1', ctx);
    expect(resolve).toMatch(/^There is no story #24\./);
    expect(resolve).toContain(`\`/brief resolve #${ward.article.id} 1\``);
    expect(await t.store.schedules.resolvedQuestions(ward.article.id)).toEqual([]);
  });

  it('never stops the follow-up of the story whose words hold it', async () => {
    // "15." is no schedule id, so unfollow looked it up as a story.
    await runBriefCommand('follow #1 09:00', ctx);
    expect(await discord('unfollow 15.', ctx)).toMatch(/^There is no story #15\./);
    expect((await t.store.schedules.list()).map((s) => s.articleId)).toEqual([1]);
  });

  it('unfollow tells a story no one follows here from one that is not stored', async () => {
    expect(await discord('unfollow ferry', ctx)).toBe(
      `Nothing here follows “${FERRY}” (#1). See \`/brief schedules\`.`,
    );
    expect(await discord('unfollow s7', ctx)).toBe('No schedule s7 in this channel. See `/brief schedules`.');
  });
});

describe('"no story matches" with nothing stored: how to add one, not an empty list', () => {
  it('in chat, for words and for an id alike', async () => {
    const t = await makeTestApp({ articles: [] });
    try {
      const ctx: CommandContext = { channelId: 'discord:C1', userId: 'discord:U1', app: t.app };
      const add = 'Add one with `/brief add <link or pasted text>`.';
      for (const line of ['ferry', 'follow ferry 09:00', 'unfollow ferry']) {
        expect(await discord(line, ctx), line).toBe(`No stories are stored yet, so none matches “ferry”. ${add}`);
      }
      expect(await discord('#3', ctx)).toBe(`No stories are stored yet, so there is no story #3. ${add}`);
    } finally {
      t.close();
    }
  });

  it('at a shell', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-none-stored-'));
    try {
      const io = captureIo({ NEWSBRIEF_DB: join(dir, 'newsbrief.db'), NEWSBRIEF_LOG_LEVEL: 'silent' });
      expect(await runCli(['brief', 'ferry'], io)).toBe(1);
      expect(io.out()).toBe(
        'No stories are stored yet, so none matches “ferry”. Add one with newsbrief ingest <file | folder | url>.\n',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('"no story matches" at a shell: the same reply in CLI forms', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsbrief-not-found-'));
    env = { NEWSBRIEF_DB: join(dir, 'newsbrief.db'), NEWSBRIEF_LOG_LEVEL: 'silent' };
    expect(await cli(['ingest', ...SAMPLES])).toMatchObject({ code: 0 });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  async function cli(args: string[]) {
    const io = captureIo(env, []);
    const code = await runCli(args, io);
    return { code, out: io.out(), err: io.err() };
  }

  it('brief, ask and delete word it as chat does, with commands a shell runs', async () => {
    expect(await cli(['brief', 'fery', 'contrct'])).toEqual({
      code: 1,
      out:
        'No stored story matches “fery contrct” in its title, text or names.\n' +
        'Closest titles\n' +
        `  • ${FERRY} (newsbrief brief 1)\n` +
        'See every stored story and its id with newsbrief list.\n',
      err: '',
    });
    // ask's suggestion carries the question, quoted for the shell, so it runs as printed.
    const ask = await cli(['ask', 'fery', 'contrct', "who's paying?"]);
    expect(ask.code).toBe(1);
    expect(ask.err).toContain(`  • ${FERRY} (newsbrief ask 1 'who'\\''s paying?')\n`);
    const json = JSON.parse((await cli(['ask', 'fery', 'contrct', 'who is quoted?', '--json'])).out);
    expect(json).toMatchObject({
      answer: null,
      error: 'No stored story matches “fery contrct” in its title, text or names.',
      suggestions: [{ id: 1, title: FERRY }],
    });
    const none = 'There is no story #99.\nSee every stored story and its id with newsbrief list.\n';
    expect(await cli(['brief', '99'])).toEqual({ code: 1, out: none, err: '' });
    expect(await cli(['delete', '99'])).toEqual({ code: 1, out: '', err: none });
    expect((await cli(['brief', 'zzqx'])).out).toContain('Add it with newsbrief ingest <file | folder | url>.');
    expect(await cli(['brief', 'election', 'results'])).toEqual({
      code: 1,
      out:
        'No stored story matches “election results” in its title, text or names.\n' +
        'No stored title comes close. See every stored story and its id with newsbrief list. ' +
        'Add it with newsbrief ingest <file | folder | url>.\n',
      err: '',
    });
    const unrelated = JSON.parse((await cli(['ask', 'pension', 'strike', 'who is quoted?', '--json'])).out);
    expect(unrelated).toMatchObject({ answer: null, suggestions: [] });
  });
});

it('"#1 Flynn" on a one-story store says the words matched story #1, under a heading that says so, never that nothing matched', async () => {
  const t = await makeTestApp({ articles: [FLYNN_SAMPLE] });
  try {
    const ctx = { channelId: 'discord:C1', userId: 'discord:U1', app: t.app };
    for (const line of ['#1 Flynn', '#1 Senate', 'follow #1 Flynn']) {
      const text = await discord(line, ctx);
      expect(text, line).toMatch(/was searched as words; the stories they match are below\./);
      expect(text, line).not.toContain('no stored story matches');
      // The words found story #1 itself: the heading says they matched it, not that it came close.
      expect(text, line).toContain('**Stories the words match**\n• US Senate Intel Committee');
      expect(text, line).not.toMatch(/Closest titles|Story #1\*\*/);
    }
    // Words that find nothing still say so, though story #1 is offered by its id, under its id.
    const unmatched = await discord('#1 zzqx', ctx);
    expect(unmatched).toContain('“#1 zzqx” was searched as words: no stored story matches them.');
    expect(unmatched).toContain('**Story #1**\n• US Senate Intel Committee');
  } finally {
    await t.close();
  }
});
