import { readFileSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { answerQuestion } from '../../src/core/answer-question';
import { madeArticleIndex } from '../../src/core/article-index';
import { FLYNN_SAMPLE, makeTestApp, type TestApp } from '../support/make-test-app';

let t: TestApp | undefined;
afterEach(() => t?.close());

const OTHER = [
  'Harbour council delays the ferry contract',
  '',
  'The harbour council delayed the ferry contract on Monday, its chair Ada Vellacott said.',
  '',
  '"We need another month to read the bids," Ms Vellacott told reporters.',
].join('\n');

it('builds the answer index once per story: a second thread question reuses it on the analysis read back again', async () => {
  t = await makeTestApp();
  const add = async (source: string, text: string) =>
    (await t!.app.ingest({ source, title: text.split('\n', 1)[0]!, text })).article;
  const flynn = await add('flynn.txt', readFileSync(FLYNN_SAMPLE, 'utf8'));
  const other = await add('council.txt', OTHER);
  const ask = async (id: number, question: string) => (await t!.app.answerAbout(id, question))!;

  const first = await ask(flynn.id, 'What did Spicer say Trump believes?');
  const second = await ask(flynn.id, 'Who is seeking immunity?');
  const elsewhere = await ask(other.id, 'Why was the contract delayed?');
  const built = new Set<unknown>([first, second, elsewhere].map((a) => madeArticleIndex(a.analysis)));

  // The store hands back a new analysis per question (else the engine's own cache would hit and this proves nothing).
  expect(second.analysis).not.toBe(first.analysis);
  expect(madeArticleIndex(first.analysis)).toBeDefined();
  expect(madeArticleIndex(second.analysis)).toBe(madeArticleIndex(first.analysis));
  // Two stories, two builds.
  expect(built.size).toBe(2);
  // The reused index answers as one built for the new object would.
  const fresh: Analysis = JSON.parse(JSON.stringify(second.analysis));
  expect(second.result).toEqual(answerQuestion(fresh, 'Who is seeking immunity?'));
});
