import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExtractiveEngine } from '../../src/app/extractive-engine';
import { analyzeArticle } from '../../src/core/analyze-article';
import { FALLBACK_REJECTED, FALLBACK_UNAVAILABLE, FALLBACK_UNREADABLE } from '../../src/llm/create-llm-engine';
import { createAnalysisEngine, type EngineConfig } from '../../src/llm/select-engine';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { type FakeOpenAiServer, startFakeOpenAiServer } from '../support/fake-openai-server';
import { fakeModelEngine, goodFlynnResponse, idOf, memoryLogger } from './llm-test-kit';

const flynn = readFileSync(join(import.meta.dirname, '../../../shared/samples/flynn-immunity.txt'), 'utf8');
const base = analyzeArticle(flynn);

let server: FakeOpenAiServer;
let store: AsyncStore;
let log: ReturnType<typeof memoryLogger>;

// A timeout far above any answer's time on a loaded machine: only a `hang` step times out.
function engine(overrides: Partial<EngineConfig> = {}) {
  return fakeModelEngine({
    server,
    store,
    logger: log.logger,
    overrides: { NEWSBRIEF_LLM_TIMEOUT_MS: 10_000, NEWSBRIEF_LLM_MAX_RETRIES: 1, ...overrides },
  });
}
const json = (value: unknown) => ({ content: JSON.stringify(value) });

beforeEach(async () => {
  server = await startFakeOpenAiServer();
  store = openAsyncSqliteStore({ path: ':memory:' });
  log = memoryLogger();
});
afterEach(async () => {
  store.close();
  await server.close();
});

describe('model engine through the openai SDK', () => {
  it('builds the analysis from a good response, sent as a strict json_schema request', async () => {
    server.script(json(goodFlynnResponse(base)));
    const result = await engine().analyze(flynn);

    expect(result.producedBy).toBe('model fake-model, quotes, speakers and summary checked');
    expect(result.cacheKey).toMatch(/^llm:fake-model@p\d+\+extractive@\d+\+[0-9a-f]{12}$/);
    expect(result.analysis.summary.map((s) => s.text)).toEqual(goodFlynnResponse(base).summary.map((s) => s.text));
    // The article only says "Spicer": the brief uses the article's name, not the model's.
    expect(result.analysis.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['He [Trump] believes that Mike Flynn should go testify,', 'Spicer'],
      ['Nope.', 'Spicer'],
    ]);
    expect(result.analysis.sentences).toEqual(base.sentences);

    const [call] = server.calls;
    expect(call?.body.model).toBe('fake-model');
    expect(call?.body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'news_analysis', strict: true },
    });
    expect(call?.headers.authorization).toBe('Bearer not-needed');
    const user = call?.body.messages?.[1]?.content ?? '';
    expect(user).toContain(`[${idOf(base, 'Nope.')}] `);
  });

  it('drops an invented quote and an invented sentence id and keeps the rest', async () => {
    const good = goodFlynnResponse(base);
    server.script(
      json({
        ...good,
        summary: [...good.summary, { text: 'Flynn has agreed to testify.', sentenceIds: [base.sentences.length + 40] }],
        quotes: [
          ...good.quotes,
          { text: 'I will tell the whole truth', speaker: 'Michael Flynn', sentenceId: 0, key: true },
        ],
      }),
    );
    const result = await engine().analyze(flynn);

    expect(result.producedBy).toBe(
      'model fake-model, quotes, speakers and summary checked, 2 unverified items dropped',
    );
    expect(result.analysis.summary).toHaveLength(4);
    expect(result.analysis.quotes.map((q) => q.text)).not.toContain('I will tell the whole truth');
    expect(result.analysis.quotes).toHaveLength(2);
    const verified = log.lines().find((l) => l.includes('model analysis verified')) ?? '';
    expect(verified).toContain('"quote-not-in-article":1');
    expect(verified).toContain('"unknown-sentence":1');
  });

  it('drops a question quoting words Spicer never said and keeps the extractive questions, saying so', async () => {
    const good = goodFlynnResponse(base);
    const nope = idOf(base, 'Nope.');
    server.script(
      json({
        ...good,
        questions: [{ text: 'Why did Spicer say "We are worried"?', kind: 'disputed', sentenceIds: [nope] }],
      }),
    );
    const result = await engine().analyze(flynn);

    expect(result.producedBy).toBe(
      'model fake-model, quotes, speakers and summary checked, 1 unverified item dropped, open questions extractive',
    );
    expect(result.analysis.questions).toEqual(base.questions);
    expect(JSON.stringify(result.analysis)).not.toContain('We are worried');
  });

  it('falls back to the extractive analysis when every attempt times out', async () => {
    server.script({ hang: true }, { hang: true });
    // 1 s per attempt: the overall deadline leaves the retry that long (plus 250 ms) to start.
    const result = await engine({ NEWSBRIEF_LLM_TIMEOUT_MS: 1_000, NEWSBRIEF_LLM_MAX_RETRIES: 1 }).analyze(flynn);

    expect(result.producedBy).toBe(FALLBACK_UNAVAILABLE);
    expect(result.analysis).toEqual(base);
    expect(result.cacheKey).toBeUndefined();
    expect(server.calls).toHaveLength(2); // the first try and one retry, then it gave up
    expect(log.lines().some((l) => l.includes('"reason":"timeout"'))).toBe(true);
  });

  it('retries after a 429 and uses the second answer', async () => {
    server.script(
      {
        status: 429,
        headers: { 'retry-after-ms': '10' },
        raw: '{"error":{"message":"slow down","type":"rate_limit"}}',
      },
      json(goodFlynnResponse(base)),
    );
    const result = await engine().analyze(flynn);
    expect(server.calls).toHaveLength(2);
    expect(result.producedBy).toBe('model fake-model, quotes, speakers and summary checked');
  });

  it('does not wait for a long Retry-After: no retry, the extractive brief at once', async () => {
    server.script({ status: 429, headers: { 'retry-after': '3600' }, raw: '{}' }, json(goodFlynnResponse(base)));
    const result = await engine().analyze(flynn);
    expect(result.producedBy).toBe(FALLBACK_UNAVAILABLE);
    expect(server.calls).toHaveLength(1);
    expect(log.lines().some((l) => l.includes('"reason":"HTTP 429"'))).toBe(true);
  });

  it.each([
    ['malformed JSON', [{ content: '{"summary": [{"text": "Flynn' }], 'malformed JSON', FALLBACK_UNREADABLE],
    ['a refusal', [{ refusal: 'I cannot help with that.' }], 'model refused', FALLBACK_UNREADABLE],
    ['a schema mismatch', [json({ summary: 'Flynn asked for immunity.' })], 'schema mismatch', FALLBACK_UNREADABLE],
    [
      'a 5xx on every attempt',
      [1, 2].map(() => ({ status: 503, headers: { 'retry-after-ms': '10' }, raw: '{}' })),
      'HTTP 503',
      FALLBACK_UNAVAILABLE,
    ],
  ])(
    'falls back to extractive on %s, with a log line; a reply that came is not called unavailable',
    async (_name, steps, reason, fallback) => {
      server.script(...steps);
      const result = await engine().analyze(flynn);
      expect(result.producedBy).toBe(fallback);
      expect(result.analysis).toEqual(base);
      expect(log.lines().some((l) => l.includes('model analysis failed') && l.includes(reason))).toBe(true);
    },
  );

  it('uses extractive when too little of the response survives the check', async () => {
    server.script(
      json({ summary: [{ text: 'Flynn fled to Moscow.', sentenceIds: [999] }], quotes: [], questions: [] }),
    );
    const result = await engine().analyze(flynn);
    expect(result.producedBy).toBe(FALLBACK_REJECTED);
    expect(result.analysis).toEqual(base);
  });

  it('serves a second request for the same article from the cache, also after a restart', async () => {
    // Results are kept for stored stories only (a deleted story's must not outlive it).
    await store.articles.add({ source: 'wire', title: 'Flynn', text: flynn });
    server.script(json(goodFlynnResponse(base)));
    const first = await engine().analyze(flynn);
    const again = await engine().analyze(flynn); // a new engine over the same store
    expect(server.calls).toHaveLength(1);
    expect(again).toEqual(first);
  });

  it('does not cache a fallback: the next request asks the model again', async () => {
    server.script({ content: 'not json' }, json(goodFlynnResponse(base)));
    const e = engine();
    expect((await e.analyze(flynn)).producedBy).toBe(FALLBACK_UNREADABLE);
    expect((await e.analyze(flynn)).producedBy).toBe('model fake-model, quotes, speakers and summary checked');
    expect(server.calls).toHaveLength(2);
  });

  // Each way a reply can come and still be useless: an editor should not be sent to check the service.
  it.each([
    [
      'no choices',
      { raw: JSON.stringify({ id: 'x', object: 'chat.completion', created: 0, model: 'fake-model', choices: [] }) },
    ],
    ['a refusal', { refusal: 'I cannot help with that.' }],
    ['a reply cut off', { content: '{"summary": [', finishReason: 'length' as const }],
    ['a content filter stop', { content: '', finishReason: 'content_filter' as const }],
    ['empty content', { content: '   ' }],
    ['the wrong shape', json({ summary: 'one string' })],
  ])('labels %s as an unreadable reply, not an unavailable model', async (_case, step) => {
    server.script(step);
    expect((await engine().analyze(flynn)).producedBy).toBe(FALLBACK_UNREADABLE);
  });

  it('never logs the API key and sends it only as the bearer token', async () => {
    server.script({
      status: 401,
      raw: '{"error":{"message":"Incorrect API key provided: sk-sec***123","code":"invalid_api_key"}}',
    });
    const result = await engine({ OPENAI_API_KEY: 'sk-secret-test-key-123' }).analyze(flynn);
    expect(result.producedBy).toBe(FALLBACK_UNAVAILABLE);
    expect(server.calls[0]?.headers.authorization).toBe('Bearer sk-secret-test-key-123');
    const logged = log.lines().join('\n');
    expect(logged).toContain('HTTP 401');
    expect(logged).not.toMatch(/sk-sec/);
  });
});

describe('thread answers from the model', () => {
  it('uses a verified answer and falls back to extractive for an unverifiable one', async () => {
    const nope = idOf(base, 'Nope.');
    server.script(
      json({ answer: 'Spicer said "Nope." when asked if the White House is concerned.', sentenceIds: [nope] }),
      json({ answer: 'Spicer said "We are not worried at all."', sentenceIds: [nope] }),
    );
    const e = engine();
    const question = 'Is the White House worried about Flynn?';
    expect(await e.answer(base, question, flynn)).toEqual({
      answer: 'Spicer said "Nope." when asked if the White House is concerned.',
      sentenceIds: [nope],
    });
    const extractive = await createExtractiveEngine().answer(base, question, flynn);
    expect(await e.answer(base, question, flynn)).toEqual(extractive);
    expect(server.calls[1]?.body.messages?.[1]?.content).toContain(JSON.stringify(question));
  });

  it('answers extractively when the model credits Spicer\'s "Nope." to Nunes', async () => {
    const nope = idOf(base, 'Nope.');
    const nunes = idOf(base, 'Devin Nunes said');
    server.script(json({ answer: 'Devin Nunes said "Nope."', sentenceIds: [nope, nunes] }));
    const question = 'Is the White House worried about Flynn?';
    const answer = await engine().answer(base, question, flynn);
    expect(answer).toEqual(await createExtractiveEngine().answer(base, question, flynn));
    expect(log.lines().join('\n')).toContain('speaker-disagrees');
  });

  it('answers "Was Flynn arrested?" extractively when the model invents an arrest', async () => {
    server.script(
      json({ answer: 'Flynn was arrested on Friday, Spicer said.', sentenceIds: [idOf(base, 'should go testify')] }),
    );
    const question = 'Was Flynn arrested?';
    const answer = await engine().answer(base, question, flynn);
    expect(answer).toEqual(await createExtractiveEngine().answer(base, question, flynn));
    expect(JSON.stringify(answer)).not.toContain('arrested');
    expect(log.lines().join('\n')).toContain('unsupported-word');
  });
});

describe('choosing the engine', () => {
  const cfg = (c: Partial<EngineConfig>): EngineConfig => ({
    NEWSBRIEF_ENGINE: 'auto',
    NEWSBRIEF_MODEL: undefined,
    OPENAI_API_KEY: undefined,
    OPENAI_BASE_URL: undefined,
    NEWSBRIEF_LLM_TIMEOUT_MS: 8_000,
    NEWSBRIEF_LLM_MAX_RETRIES: 1,
    ...c,
  });
  const keyOf = (c: Partial<EngineConfig>) => createAnalysisEngine({ config: cfg(c), store, logger: log.logger }).key;

  it('is extractive unless a model and a key or base URL are configured', () => {
    expect(keyOf({})).toMatch(/^extractive@/);
    expect(keyOf({ NEWSBRIEF_MODEL: 'gpt-4o-mini' })).toMatch(/^extractive@/);
    expect(keyOf({ OPENAI_API_KEY: 'sk-x' })).toMatch(/^extractive@/);
    expect(keyOf({ NEWSBRIEF_MODEL: 'gpt-4o-mini', OPENAI_API_KEY: 'sk-x' })).toMatch(
      /^llm:gpt-4o-mini@p\d+\+extractive@\d+\+[0-9a-f]{12}$/,
    );
    expect(keyOf({ NEWSBRIEF_MODEL: 'llama3.1', OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' })).toMatch(
      /^llm:llama3.1@p\d+\+extractive@\d+\+[0-9a-f]{12}$/,
    );
    expect(keyOf({ NEWSBRIEF_ENGINE: 'extractive', NEWSBRIEF_MODEL: 'gpt-4o-mini', OPENAI_API_KEY: 'sk-x' })).toMatch(
      /^extractive@/,
    );
    expect(server.calls).toHaveLength(0);
  });
});
