import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import { createExtractiveEngine } from '../../src/app/extractive-engine';
import { FALLBACK_UNREADABLE, MODEL_DOWN_MS } from '../../src/llm/create-llm-engine';
import { createAnalysisEngine, type EngineConfig } from '../../src/llm/select-engine';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { readFlynn } from '../core/flynn-sample';
import { type FakeOpenAiServer, startFakeOpenAiServer } from '../support/fake-openai-server';
import { memoryLogger } from './llm-test-kit';

const flynn = readFlynn();
let server: FakeOpenAiServer;
let store: AsyncStore;
beforeEach(async () => {
  server = await startFakeOpenAiServer();
  store = openAsyncSqliteStore({ path: ':memory:' });
});
afterEach(async () => {
  store.close();
  await server.close();
});

function engineAt(clock: { ms: number }, extra: { maxResponseBytes?: number; timeoutMs?: number } = {}) {
  const { timeoutMs = 300, ...engineExtra } = extra;
  const config: EngineConfig = {
    NEWSBRIEF_ENGINE: 'llm',
    NEWSBRIEF_MODEL: 'fake-model',
    OPENAI_API_KEY: undefined,
    OPENAI_BASE_URL: server.baseURL,
    NEWSBRIEF_LLM_TIMEOUT_MS: timeoutMs,
    NEWSBRIEF_LLM_MAX_RETRIES: 0,
  };
  const log = memoryLogger();
  const now = () => new Date(clock.ms);
  return { engine: createAnalysisEngine({ config, store, logger: log.logger, now, ...engineExtra }), log, now };
}

describe('a model that is down', () => {
  it('costs a thread question one timeout, and later questions none until it is tried again', async () => {
    const clock = { ms: Date.parse('2026-03-01T10:00:00Z') };
    const { engine, now } = engineAt(clock);
    // The model never answers: every call ends at the 300 ms timeout.
    server.script({ hang: true }, { hang: true }, { hang: true }, { hang: true });
    const app = createNewsbriefApp({ store, logger: memoryLogger().logger, engine, now });
    const { article } = await app.ingest({ source: 'test', title: 'Flynn', text: flynn });

    const first = await app.answerAbout(article.id, 'Who is Flynn’s attorney?');
    // The analysis call timed out; the answer did not ask the model a second time.
    expect(server.calls).toHaveLength(1);
    expect(first?.result).toEqual(
      await createExtractiveEngine().answer(first!.analysis, 'Who is Flynn’s attorney?', article.text),
    );
    await app.answerAbout(article.id, 'When did Flynn resign?');
    expect((await app.briefStory('flynn')).kind).toBe('found');
    expect(server.calls).toHaveLength(1);

    clock.ms += MODEL_DOWN_MS + 1;
    await app.answerAbout(article.id, 'When did Flynn resign?');
    expect(server.calls).toHaveLength(2);
  });
});

describe('model responses', () => {
  it('are cut off past the size limit instead of being read whole', async () => {
    const clock = { ms: Date.parse('2026-03-01T10:00:00Z') };
    // A timeout no loaded machine reaches: the cut-off, not the clock, must end this call.
    const { engine, log } = engineAt(clock, { maxResponseBytes: 64 * 1024, timeoutMs: 10_000 });
    const huge = `{"id":"x","object":"chat.completion","choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"${'a'.repeat(4 * 1024 * 1024)}"}}]}`;
    server.script({ raw: huge });
    const result = await engine.analyze(flynn);
    // A reply came, too big to read: the service is up, so no "unavailable".
    expect(result.producedBy).toBe(FALLBACK_UNREADABLE);
    expect(log.lines().some((l) => l.includes('response over the size limit'))).toBe(true);
  });
});
