import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command-definition';
import { answerThreadQuestion, routeBriefCommand, runBriefCommand } from '../../commands/index';
import { answerLooseQuestion } from '../../commands/loose-question';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import { FLYNN_SAMPLE, makeTestApp, type TestApp } from '../support/make-test-app';

let t: TestApp;
let ctx: CommandContext;

beforeEach(async () => {
  t = await makeTestApp({ articles: [FLYNN_SAMPLE] });
  ctx = { channelId: 'console:test', userId: 'console:tester', app: t.app };
});
afterEach(() => t.close());

describe('/brief commands', () => {
  it('routes subcommands by their first word and everything else to a story query', () => {
    expect(routeBriefCommand('add https://example.com/x').command.name).toBe('add');
    expect(routeBriefCommand('HELP').command.name).toBe('help');
    expect(routeBriefCommand('').command.name).toBe('help');
    expect(routeBriefCommand('flynn immunity')).toMatchObject({ command: { name: '' }, args: 'flynn immunity' });
  });

  it('routes a command copied with invisible characters as typed; add keeps its text as pasted', async () => {
    // "list\u200b" was a story search, and briefed whichever story mentions a list.
    for (const text of ['list\u200b', '\u200blist', 'li\u2060st', '\uFEFFlist ']) {
      expect(routeBriefCommand(text), JSON.stringify(text)).toMatchObject({ command: { name: 'list' }, args: '' });
    }
    expect(routeBriefCommand('\u200b')).toMatchObject({ command: { name: 'help' } });
    expect(routeBriefCommand('flynn\u200b immunity')).toMatchObject({ command: { name: '' }, args: 'flynn immunity' });
    expect(routeBriefCommand('add\u200b Mayor\u200bresigns')).toMatchObject({
      command: { name: 'add' },
      args: 'Mayor\u200bresigns',
    });
    // An invisible character set apart from "add" by a space is cut with it, not kept as the word.
    for (const text of ['\u200b add Mayor resigns', '\uFEFF \u2060add Mayor resigns'])
      expect(routeBriefCommand(text), JSON.stringify(text)).toMatchObject({
        command: { name: 'add' },
        args: 'Mayor resigns',
      });
    expect((await runBriefCommand('list\u200b', ctx)).title).toMatch(/^Recent stories/);
    // Discord names the subcommand itself: an invisible option value is nothing after "list".
    expect((await runBriefCommand('\u200b', ctx, 'list')).title).toMatch(/^Recent stories/);
  });

  it('briefs a story as a channel post that opens a thread about that article', async () => {
    const reply = await runBriefCommand('flynn', ctx);
    expect(reply.kind).toBe('brief');
    expect(reply.visibility).toBe('channel');
    expect(reply.threadArticleId).toBeTypeOf('number');
    const headings = reply.sections.map((s) => s.heading);
    expect(headings).toEqual(expect.arrayContaining(['Summary', 'Key quotes', 'Open questions']));
    const quotes = reply.sections.find((s) => s.heading === 'Key quotes')!.items;
    expect(quotes.some((q) => /should go testify/.test(q.text) && /Spicer/.test(q.speaker ?? ''))).toBe(true);
    const people = reply.sections.find((s) => s.heading === 'Who is who')!.items.map((i) => i.text);
    expect(people).toContain('Robert Kelner — Flynn’s attorney');
  });

  it('names a question’s kind once: a flagged passage opens with it, a question carries it as a note', async () => {
    const text = readFileSync(new URL('../../samples/library-sunday-hours.txt', import.meta.url), 'utf8');
    await t.app.ingest({ source: 'library-sunday-hours.txt', title: text.split('\n', 1)[0]!, text });
    const reply = await runBriefCommand('libraries sunday', ctx);
    const open = reply.sections.find((s) => s.heading === 'Open questions')!.items;
    const passages = open.filter((q) => /^(?:Disputed|Pending|Unverified|Denied|Not known|Open): “/.test(q.text));
    expect(passages.length).toBeGreaterThan(0);
    for (const q of passages) expect(q.note).toBeUndefined();
    const questions = open.filter((q) => !passages.includes(q));
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) expect(q.note).toMatch(/^(?:unverified|disputed|pending|unknown|denied|other)$/);
    expect(renderConsoleReply(reply)).not.toMatch(/^\s*\d+\. (Disputed|Pending): .*\((disputed|pending)\)$/m);
  });

  it('says privately when nothing matches, with the closest titles', async () => {
    const reply = await runBriefCommand('flyn immunty', ctx);
    expect(reply.visibility).toBe('ephemeral');
    const text = renderConsoleReply(reply);
    expect(text).toContain('No stored story matches');
    expect(text).toMatch(/Closest titles[\s\S]*Flynn/);
  });

  it('briefs a story by its number the same with or without #', async () => {
    // A story whose text has the number in it: a word search for "1" must not win over story #1.
    await t.app.ingest({
      source: 'wire',
      title: 'Council approves 1 percent rise',
      text: 'Council approves 1 percent rise\n\nThe council approved a 1 percent rise in fees, 1 vote short of unanimous.',
    });
    const hashed = await runBriefCommand('#1', ctx);
    const bare = await runBriefCommand(' 1 ', ctx);
    expect(hashed.kind).toBe('brief');
    expect(hashed.title).toMatch(/Flynn/);
    expect(bare).toEqual(hashed);
  });

  it('says clearly that a story number does not exist, and where to find the numbers', async () => {
    for (const query of ['#99', '99']) {
      const reply = await runBriefCommand(query, ctx);
      expect(reply.visibility).toBe('ephemeral');
      const text = renderConsoleReply(reply);
      expect(text).toContain('There is no story #99');
      expect(text).toContain('/brief list');
    }
  });

  it('adds pasted copy once and refuses a fragment with a reason', async () => {
    const pasted = readFileSync('samples/library-sunday-hours.txt', 'utf8');
    const first = await runBriefCommand(`add ${pasted}`, ctx);
    expect(renderConsoleReply(first)).toMatch(/Added: “City libraries to close on Sundays/);
    // Its brief says who wrote it (its "By" line) and where it was pasted, not the internal user id that pasted it.
    const brief = await runBriefCommand('#2', ctx);
    expect(brief.subtitle).toMatch(/^by Priya Nair · pasted in the console · added \d{4}-\d\d-\d\d$/);
    const again = await runBriefCommand(`add ${pasted}`, ctx);
    expect(renderConsoleReply(again)).toContain('Already stored');
    const short = await runBriefCommand('add libraries sunday', ctx);
    expect(short.visibility).toBe('ephemeral');
    expect(renderConsoleReply(short)).toMatch(/needs at least 200/);
    // A broken or non-web link is named as a link, not counted as 8 characters of article.
    for (const link of ['https://', 'ftp://example.com/story', 'www.example.com/2026/story']) {
      const reply = await runBriefCommand(`add ${link}`, ctx);
      expect(reply.visibility).toBe('ephemeral');
      expect(renderConsoleReply(reply)).toBe(
        `“${link}” is not a link newsbrief can fetch: give a whole http(s) address, or paste the article text.`,
      );
    }
    expect(await t.store.articles.count()).toBe(2);
  });

  it('answers "/brief #1 <question>" from story 1, naming it; "#1 <words>" that ask nothing is still no search', async () => {
    const id = (await t.app.findStory('flynn'))!.id;
    for (const typed of [`#${id} who is Flynn’s attorney?`, `#${id}. Who is Flynn’s attorney`]) {
      const reply = await runBriefCommand(typed, ctx);
      const shown = renderConsoleReply(reply);
      expect(reply.kind, typed).toBe('answer');
      expect(shown, typed).toMatch(/Robert Kelner, .* \(paragraph \d+\)/);
      expect(shown, typed).toContain(`From story #${id}. Ask more in the thread of its brief: /brief #${id}`);
      expect(reply.title, typed).toMatch(/Flynn's Request for Immunity/);
    }
    expect(renderConsoleReply(await runBriefCommand(`#${id} immunity`, ctx))).toContain(
      `“#${id}” followed by words is not read as story #${id}, so “#${id} immunity” was searched as words`,
    );
    expect(renderConsoleReply(await runBriefCommand('#99 who paid?', ctx))).toContain('There is no story #99.');
  });

  it('takes a "#N" inside a question for a story id only where it points at one: "in #1", not "the #1 seed"', async () => {
    const id = (await t.app.findStory('flynn'))!.id;
    const pointed = await answerLooseQuestion(`who is Flynn’s attorney, in #${id}?`, ctx);
    expect(pointed.kind).toBe('answer');
    expect(renderConsoleReply(pointed)).toMatch(/Robert Kelner/);
    for (const typed of [`is Duke the #${id} seed?`, `what is the #${id} priority for the senators?`]) {
      const reply = await answerLooseQuestion(typed, ctx);
      expect(reply.kind, typed).toBe('notice');
      expect(renderConsoleReply(reply), typed).toContain('Which story?');
    }
  });

  it('reads #1 at the end of a sentence ("#1.", "1)") as the story id, never as the word "1"', async () => {
    const library = readFileSync('samples/library-sunday-hours.txt', 'utf8');
    await t.app.ingest({ source: 'library-sunday-hours.txt', title: library.split('\n', 1)[0]!, text: library });
    // The libraries story has "£1.2m" in its title: a word search for "1" finds it, not story #1.
    for (const query of ['#1.', '1.', '#1)', '(#1)', '#1?']) {
      const reply = await runBriefCommand(query, ctx);
      expect(reply.kind, query).toBe('brief');
      expect(reply.title, query).toMatch(/Flynn/);
    }
    expect(renderConsoleReply(await runBriefCommand('#9.', ctx))).toMatch(/^There is no story #9\./);
  });

  it('gives the help to a question about the bot, never a brief of whichever story its words find', async () => {
    const asked = [
      'what can you do?',
      'how do I use you?',
      'hey, what can you do here?',
      'can you help me?',
      'what commands are there?',
      'who are you?',
      'how does newsbrief work?',
      'what can I ask you?',
    ];
    for (const typed of asked) expect((await runBriefCommand(typed, ctx)).kind, typed).toBe('help');
    // About the story, not the bot: still a search (or the question rule), never the help.
    for (const typed of ['can you help me understand the immunity request?', 'what can Flynn do?', 'who are they?'])
      expect((await runBriefCommand(typed, ctx)).kind, typed).not.toBe('help');
  });

  it('answers "/brief <question naming #N>" from story N, as the mention does; "/brief #N" stays the brief', async () => {
    const id = (await t.app.findStory('flynn'))!.id;
    for (const typed of [
      `who is Flynn’s attorney in #${id}?`,
      `what does #${id} say about Flynn’s attorney?`,
      `anything new on #${id}?`,
    ]) {
      const reply = await runBriefCommand(typed, ctx);
      expect(reply.kind, typed).toBe('answer');
      expect(renderConsoleReply(reply), typed).toContain(`From story #${id}.`);
    }
    expect(renderConsoleReply(await runBriefCommand(`who is Flynn’s attorney in #${id}?`, ctx))).toMatch(/Kelner/);
    expect((await runBriefCommand(`#${id}`, ctx)).kind).toBe('brief');
  });

  it('reads "#1" as a rank where its shape says so ("back on #1", "#1 spot"), as a story id where it points at one', async () => {
    const id = (await t.app.findStory('flynn'))!.id;
    for (const typed of [
      `is the team back on #${id}?`,
      `are they still on #${id}?`,
      `who is in #${id} spot this week?`,
      `did the song stay on #${id} for long?`,
    ]) {
      const reply = await answerLooseQuestion(typed, ctx);
      expect(reply.kind, typed).toBe('notice');
      expect(renderConsoleReply(reply), typed).toContain('Which story?');
    }
    for (const typed of [
      `what does #${id} say about the attorney?`,
      `anything new on #${id}?`,
      `more on #${id}, please?`,
      `who is quoted in #${id}?`,
    ])
      expect((await answerLooseQuestion(typed, ctx)).kind, typed).toBe('answer');
  });

  it('names a mistyped subcommand with two letters swapped ("lsit", "flolow") as the command meant', async () => {
    for (const [typed, meant] of [
      ['lsit', 'list'],
      ['flolow ferry', 'follow'],
      ['digset 09:00', 'digest'],
    ])
      expect(renderConsoleReply(await runBriefCommand(typed!, ctx)), typed).toContain(`did you mean ${meant}?`);
  });

  it('explains that links need the fetcher when none is configured', async () => {
    const reply = await runBriefCommand('add <https://example.com/story|example>', ctx);
    expect(renderConsoleReply(reply)).toContain('paste the article text instead');
  });

  it('answers thread questions from the article with the cited sentences', async () => {
    const brief = await runBriefCommand('flynn', ctx);
    const answer = await answerThreadQuestion(brief.threadArticleId!, "Who is Flynn's attorney?", ctx);
    const text = renderConsoleReply(answer);
    expect(text).toContain('Kelner');
    expect(text).toMatch(/\(paragraph \d+\)/);
    const none = await answerThreadQuestion(brief.threadArticleId!, 'How old is Kelner?', ctx);
    expect(renderConsoleReply(none).split("The article doesn't say").length).toBe(2);
  });

  it('answers a question about the whole story ("what happened?", "who is quoted?") from the brief, not "doesn\'t say"', async () => {
    const brief = await runBriefCommand('flynn', ctx);
    const id = brief.threadArticleId!;
    const shown = async (question: string) => renderConsoleReply(await answerThreadQuestion(id, question, ctx));
    const summary = brief.sections.find((s) => s.heading === 'Summary')!.items[0]!.text;
    for (const question of ['what happened?', 'So what is this story about?', 'tl;dr'])
      expect(await shown(question), question).toContain(summary);
    for (const question of ['who is quoted?', 'who said what?']) {
      const text = await shown(question);
      expect(text, question).toContain('should go testify.');
      expect(text, question).toMatch(/Spicer/);
    }
    expect(await shown('who is involved?')).toContain('Robert Kelner — Flynn’s attorney');
    // Asked from outside the thread, by the story's id, the same.
    expect(renderConsoleReply(await runBriefCommand(`what happened in #${id}?`, ctx))).toContain(summary);
    // A question about something in the story is still the article's to answer (or not).
    expect(await shown('what happened to the immunity request?')).not.toContain(summary);
  });

  it('help lists every command with an example', async () => {
    const text = renderConsoleReply(await runBriefCommand('help', ctx));
    expect(text).toContain('/brief add');
    expect(text).toContain('e.g. /brief ferry');
  });
});

describe('console rendering', () => {
  it('strips terminal control sequences that an article could carry', () => {
    const text = renderConsoleReply({
      kind: 'notice',
      visibility: 'channel',
      sections: [{ style: 'paragraph', items: [{ text: 'safe\u001b[2J\u001b]0;pwned\u0007 text' }] }],
    });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters.
    expect(text).not.toMatch(/\u001b|\u0007/);
    expect(text).toContain('safe');
  });
});
