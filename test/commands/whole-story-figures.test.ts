import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command-definition';
import { answerThreadQuestion } from '../../commands/index';
import { wholeStoryReply } from '../../commands/whole-story-reply';
import { buildAnswerReply } from '../../src/app/build-answer-reply';
import type { Analysis, Sentence } from '../../src/core/analysis-types';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import { FLYNN_SAMPLE, makeTestApp, type TestApp } from '../support/make-test-app';
import { readerQuestions } from '../support/reader-questions';

const BBC = join(import.meta.dirname, '../../../shared/eval/bbc/article');

let t: TestApp;
let ctx: CommandContext;
beforeEach(async () => {
  t = await makeTestApp({
    articles: [FLYNN_SAMPLE, 'samples/harbour-ferry-contract.txt', join(BBC, 'business/014.txt')],
  });
  ctx = { channelId: 'console:figures', userId: 'console:reader', app: t.app };
}, 20_000);
afterEach(() => t.close());

const shown = async (id: number, question: string) => renderConsoleReply(await answerThreadQuestion(id, question, ctx));

it('answers "who said it?" in a brief\'s thread with the key quotes and their speakers', async () => {
  const flynn = (await t.app.findStory('flynn'))!.id;
  for (const question of ['who said it?', 'Who said that?', 'who says so?', 'who are the sources?']) {
    const text = await shown(flynn, question);
    expect(text, question).toContain('“He [Trump] believes that Mike Flynn should go testify.” — Spicer');
    expect(text, question).not.toContain("doesn't say");
  }
  // A question about one statement's author is still the engine's to answer.
  expect(await shown(flynn, 'who said Flynn should testify?')).not.toContain('Key quotes');
});

it('answers "what is the main figure?" with the sentence carrying the headline figure, or the lead\'s', async () => {
  const telegraph = (await t.app.findStory('telegraph'))!.id;
  // The headline's figure ("axe 90 jobs"), where the body gives it.
  expect(await shown(telegraph, 'what is the main figure?')).toContain('axing 90 journalist jobs - 17%');
  // No figure in the headline: the lead's figure with a unit. The engine alone found "double the figure in the summary".
  const ferry = (await t.app.findStory('ferry'))!.id;
  for (const question of ['what is the main figure?', "what's the key number?", 'the main figures?']) {
    const text = await shown(ferry, question);
    expect(text, question).toContain('£48m ferry contract');
    expect(text, question).toMatch(/\(paragraph 1\)/);
  }
  // No figure in the headline or the brief's summary: it says so rather than pick a number.
  const flynn = (await t.app.findStory('flynn'))!.id;
  expect(await shown(flynn, 'what is the main figure?')).toContain("The article doesn't say.");
});

it('diverts none of the 872 labelled reader questions (808 PolNeAR train, 64 held out) from the engine', async () => {
  const questions = readerQuestions();
  expect(questions.length).toBe(872);
  // A story with a headline figure, a summary and a quote: any shape read would answer from them.
  const fee: Sentence = { id: 0, text: 'The fee rose 5% to £10.', start: 0, end: 23, paragraph: 0 };
  const analysis: Analysis = {
    title: 'Fee up 5%',
    sentences: [fee],
    summary: [{ text: fee.text, sentenceIds: [0] }],
    quotes: [{ text: 'We paid.', speaker: 'Ann Lee', sentenceId: 0, key: true }],
    statements: [],
    questions: [],
    entities: [],
  };
  const article = (await t.app.findStory('flynn'))!;
  const answer = { article, analysis, result: { answer: null, sentenceIds: [] as [], reason: 'none' } };
  const diverted: string[] = [];
  for (const question of [...questions, 'who said it?', 'what is the main figure?']) {
    const reply = await wholeStoryReply(question, answer, t.app);
    if (JSON.stringify(reply) !== JSON.stringify(buildAnswerReply(answer))) diverted.push(question);
  }
  // The two shapes added to the list are read, so the check would see a reader question read too.
  expect(diverted).toEqual(['who said it?', 'what is the main figure?']);
});
