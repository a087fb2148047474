import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command-definition';
import { runBriefCommand } from '../../commands/index';
import { answerLooseQuestion } from '../../commands/loose-question';
import { storyIdInQuestion } from '../../commands/story-id-in-question';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import { projectPath } from '../../src/project-path';
import { FLYNN_SAMPLE, makeTestApp, type TestApp } from '../support/make-test-app';
import { readerQuestions } from '../support/reader-questions';

describe('storyIdInQuestion', () => {
  it('reads a reporting verb after "#N" as the story reporting only where the verb reads as one', () => {
    // The id opens the question, or follows do-support.
    expect(storyIdInQuestion('what does #12 say about the fee?')).toEqual({
      id: 12,
      question: 'what does it say about the fee?',
    });
    expect(storyIdInQuestion('what did #12 report?')).toEqual({ id: 12, question: 'what did it report?' });
    expect(storyIdInQuestion('what else does #12 mention?')).toEqual({
      id: 12,
      question: 'what else does it mention?',
    });
    // After a determiner, or with no do-support, the "verb" is a noun and "#1" a rank.
    for (const text of [
      'is Friends still the #1 show?',
      'is the #1 show on Netflix any good?',
      'who wrote the #1 report on poverty?',
      'did the #2 claim hold?',
      'the #3 shows what?',
      'is this a #1 claim?',
    ])
      expect(storyIdInQuestion(text), text).toBeUndefined();
  });

  it('keeps a subject when the opening id reports: "#12 quotes who?" asks who it quotes', () => {
    expect(storyIdInQuestion('#12 quotes who?')).toEqual({ id: 12, question: 'it quotes who?' });
    expect(storyIdInQuestion('#12 says what about the fee?')).toEqual({
      id: 12,
      question: 'it says what about the fee?',
    });
    expect(storyIdInQuestion('#12 who paid?')).toEqual({ id: 12, question: 'who paid?' });
  });

  it('reads an opening "#1" followed by a content word as a rank, and keeps questions, imperatives and "#12" alone as story ids', () => {
    for (const text of ['#1 show this week?', '#1 seed Duke lost?', '#1 song in the UK?', '#2 pick in the draft?'])
      expect(storyIdInQuestion(text), text).toBeUndefined();
    expect(storyIdInQuestion('#12 who paid?')).toEqual({ id: 12, question: 'who paid?' });
    expect(storyIdInQuestion('#12 what did she say?')).toEqual({ id: 12, question: 'what did she say?' });
    expect(storyIdInQuestion('#12 doesn’t say who paid?')).toMatchObject({ id: 12 });
    expect(storyIdInQuestion('#12 the fee?')).toEqual({ id: 12, question: 'the fee?' });
    expect(storyIdInQuestion('#12 tell me who paid')).toEqual({ id: 12, question: 'tell me who paid' });
    expect(storyIdInQuestion('#12 show me the quotes')).toEqual({ id: 12, question: 'show me the quotes' });
    expect(storyIdInQuestion('#12 summary?')).toEqual({ id: 12, question: 'summary?' });
    expect(storyIdInQuestion('#12 shows what?')).toEqual({ id: 12, question: 'it shows what?' });
    expect(storyIdInQuestion('#12')).toEqual({ id: 12, question: '' });
    expect(storyIdInQuestion('#12 ?')).toEqual({ id: 12, question: '?' });
  });

  it('reads an opening "#12" before a contraction, a filler or a word of the brief as story 12', () => {
    for (const [typed, question] of [
      ["#12 what's the fee?", "what's the fee?"],
      ['#12 who’s Kelner?', 'who’s Kelner?'],
      ["#12 when'll it open?", "when'll it open?"],
      ["#12 they're paying?", "they're paying?"],
      ['#12 so who paid?', 'so who paid?'],
      ['#12 key quotes', 'key quotes'],
      ['#12 open questions?', 'open questions?'],
      ['#12 main points', 'main points'],
      ['#12 I need the quotes', 'I need the quotes'],
      ['#12 whats the fee', 'whats the fee'],
      ['#12 doesnt say who paid?', 'doesnt say who paid?'],
      ['#12 According to the minister, who paid?', 'According to the minister, who paid?'],
    ] as [string, string][])
      expect(storyIdInQuestion(typed), typed).toEqual({ id: 12, question });
    // A content word, possessive or not, still makes the "#1" a rank.
    for (const text of ['#1 show this week?', "#1 seed's coach?", '#2 pick in the draft?'])
      expect(storyIdInQuestion(text), text).toBeUndefined();
  });

  it('reads every labelled reader question after an opening "#12" as a question about story 12', () => {
    const questions = readerQuestions();
    expect(questions.length).toBe(872);
    const missed = questions.filter((q) => storyIdInQuestion(`#12 ${q}`)?.id !== 12);
    expect(missed).toEqual([]);
  });

  it('reads "in #1" after a word of ranking as a place in a ranking, as "on #1" is', () => {
    for (const text of ['who stayed in #1 for weeks?', 'who is top in #1 again?', 'did it remain in #1?'])
      expect(storyIdInQuestion(text), text).toBeUndefined();
    expect(storyIdInQuestion('what is in #12?')).toMatchObject({ id: 12 });
    expect(storyIdInQuestion('who paid, in #12?')).toEqual({ id: 12, question: 'who paid?' });
  });
});

describe('a story id in a question, end to end', () => {
  let t: TestApp;
  let ctx: CommandContext;
  beforeEach(async () => {
    t = await makeTestApp({ articles: [FLYNN_SAMPLE] });
    ctx = { channelId: 'console:ids', userId: 'console:asker', app: t.app };
  }, 20_000);
  afterEach(() => t.close());

  it('never answers a question about "the #1 show" from story 1', async () => {
    const id = (await t.app.findStory('flynn'))!.id;
    for (const typed of [`is Friends still the #${id} show?`, `who wrote the #${id} report on poverty?`]) {
      expect((await runBriefCommand(typed, ctx)).kind, typed).not.toBe('answer');
      const loose = await answerLooseQuestion(typed, ctx);
      expect(loose.kind, typed).toBe('notice');
      expect(renderConsoleReply(loose), typed).toContain('Which story?');
    }
  });

  it('never answers "#1 show this week?" from story 1, in /brief or a mention', async () => {
    const id = (await t.app.findStory('flynn'))!.id;
    const typed = `#${id} show this week?`;
    const brief = renderConsoleReply(await runBriefCommand(typed, ctx));
    expect(brief).not.toMatch(/doesn't say|From story/);
    const loose = await answerLooseQuestion(typed, ctx);
    expect(loose.kind).toBe('notice');
    expect(renderConsoleReply(loose)).toContain('Which story?');
  });

  it('briefs the story for "#1 ?" (nothing asked after the id) and gives help for "#1 what can you do?"', async () => {
    const id = (await t.app.findStory('flynn'))!.id;
    for (const typed of [`#${id} ?`, `#${id} ??`]) {
      const reply = await runBriefCommand(typed, ctx);
      expect(reply.kind, typed).toBe('brief');
      expect((await answerLooseQuestion(typed, ctx)).kind, typed).toBe('brief');
    }
    for (const typed of [`#${id} what can you do?`, `what can you do, in #${id}?`]) {
      for (const reply of [await runBriefCommand(typed, ctx), await answerLooseQuestion(typed, ctx)]) {
        const shown = renderConsoleReply(reply);
        expect(shown, typed).not.toMatch(/doesn't say|does not say/);
        expect(shown, typed).toContain('/brief help');
        expect(shown, typed).toContain(`#${id}`);
      }
    }
  });

  it('never puts a second id in front of the one typed in the hint it echoes', async () => {
    const shown = renderConsoleReply(await answerLooseQuestion('#1234567890 who paid?', ctx));
    expect(shown).toContain('Which story?');
    expect(shown).not.toMatch(/#\S+ #1234567890/);
    expect(shown).toMatch(/“#(?:\d+|<id>) who paid\?”/);
  });

  it('reads "/brief 12 who paid?" as a question about story 12 when there is one; else words to search', async () => {
    const library = readFileSync('samples/library-sunday-hours.txt', 'utf8');
    await t.app.ingest({ source: 'library-sunday-hours.txt', title: library.split('\n', 1)[0]!, text: library });
    const id = (await t.app.findStory('flynn'))!.id;
    for (const reply of [
      await runBriefCommand(`${id} who is Flynn’s attorney?`, ctx),
      await answerLooseQuestion(`${id} who is Flynn’s attorney?`, ctx),
    ]) {
      expect(reply.kind).toBe('answer');
      expect(renderConsoleReply(reply)).toContain(`From story #${id}.`);
    }
    // A number that counts something ("1 million people affected?") is words: only a question
    // opening after it (a question word or an auxiliary) reads the number as an id.
    expect((await runBriefCommand(`${id} million people affected?`, ctx)).kind).not.toBe('answer');
    expect((await answerLooseQuestion(`${id} million people affected?`, ctx)).kind).not.toBe('answer');
    // No story 99: the words are searched, as before, not "there is no story #99".
    expect(renderConsoleReply(await runBriefCommand('99 who is Flynn’s attorney?', ctx))).not.toContain(
      'There is no story #99',
    );
  });
});

describe('an opening id followed by a name the story lists', () => {
  let t: TestApp;
  let ctx: CommandContext;
  beforeEach(async () => {
    t = await makeTestApp({ articles: [FLYNN_SAMPLE, join(projectPath('samples'), 'harbour-ferry-contract.txt')] });
    ctx = { channelId: 'console:names', userId: 'console:asker', app: t.app };
  }, 20_000);
  afterEach(() => t.close());

  it('answers "#1 Flynn\'s lawyer?" from story 1, which names Flynn; "#2 Flynn\'s lawyer?" and "#1 seed Duke?" stay ranks', async () => {
    const flynn = (await t.app.findStory('flynn'))!.id;
    const ferry = (await t.app.findStory('ferry'))!.id;
    for (const typed of [`#${flynn} Flynn's lawyer?`, `#${flynn} Flynn’s lawyer?`, `#${flynn} Kelner said what?`]) {
      for (const reply of [await runBriefCommand(typed, ctx), await answerLooseQuestion(typed, ctx)]) {
        expect(reply.kind, typed).toBe('answer');
        expect(renderConsoleReply(reply), typed).toContain(`From story #${flynn}.`);
      }
    }
    // The ferry story names no Flynn, and "seed" is no name: neither is answered from the story.
    for (const typed of [`#${ferry} Flynn's lawyer?`, `#${flynn} seed Duke?`, `#${flynn} Duke seed?`]) {
      expect((await runBriefCommand(typed, ctx)).kind, typed).toBe('error');
      expect((await answerLooseQuestion(typed, ctx)).kind, typed).toBe('notice');
    }
  });
});
