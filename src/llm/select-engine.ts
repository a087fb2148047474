import OpenAI from 'openai';
import type { AnalysisEngine } from '../app/analysis-engine';
import { createExtractiveEngine } from '../app/extractive-engine';
import type { Config } from '../config/config-schema';
import type { Logger } from '../logging/create-logger';
import type { AsyncStore } from '../store/async/async-store';
import { createLlmEngine } from './create-llm-engine';
import { createModelFetch } from './model-fetch';
import { wantsModelEngine } from './wants-model-engine';

export type EngineConfig = Pick<
  Config,
  | 'NEWSBRIEF_ENGINE'
  | 'NEWSBRIEF_MODEL'
  | 'OPENAI_API_KEY'
  | 'OPENAI_BASE_URL'
  | 'NEWSBRIEF_LLM_TIMEOUT_MS'
  | 'NEWSBRIEF_LLM_MAX_RETRIES'
>;

export interface CreateAnalysisEngineOptions {
  config: EngineConfig;
  store: Pick<AsyncStore, 'llmCache'>;
  logger: Logger;
  fallback?: AnalysisEngine;
  now?: () => Date;
  /** Response size cap (default 2 MB: a chat completion is a few KB to a few hundred). */
  maxResponseBytes?: number;
}

/** A server asking to wait longer than this before a retry is not retried (see model-fetch). */
const MAX_RETRY_WAIT_MS = 2_000;
const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;

/**
 * Worst case for one model call: every attempt times out, plus the SDK's back-off between them
 * (0.5 s, 1 s, 2 s … before jitter), plus a little slack. With the defaults (8 s, 1 retry):
 * 2 × 8 s + 0.5 s + 0.25 s = 16.75 s, after which the extractive brief is posted. A failed call
 * also marks the model unavailable for a minute (create-llm-engine), so a thread question, which
 * may need an analysis and an answer, waits at most this once.
 */
export function modelDeadlineMs(timeoutMs: number, maxRetries: number): number {
  const backoffMs = 500 * (2 ** maxRetries - 1);
  return (maxRetries + 1) * timeoutMs + backoffMs + 250;
}

/** extractive | llm | auto (llm when a model and an API key or base URL are configured). */
export function createAnalysisEngine(options: CreateAnalysisEngineOptions): AnalysisEngine {
  const { config, logger } = options;
  const fallback = options.fallback ?? createExtractiveEngine();
  const model = config.NEWSBRIEF_MODEL;
  if (!wantsModelEngine(config) || !model) {
    logger.info({ engine: fallback.key }, 'analysis engine: extractive');
    return fallback;
  }
  const baseURL = config.OPENAI_BASE_URL ?? 'https://api.openai.com/v1';
  const client = new OpenAI({
    // Keyless local servers (Ollama, llama.cpp) still need a non-empty key for the SDK.
    apiKey: config.OPENAI_API_KEY ?? 'not-needed',
    baseURL,
    timeout: config.NEWSBRIEF_LLM_TIMEOUT_MS,
    maxRetries: config.NEWSBRIEF_LLM_MAX_RETRIES,
    // We log failures ourselves, as JSON and without request details.
    logLevel: 'off',
    fetch: createModelFetch({
      maxBytes: options.maxResponseBytes ?? MAX_RESPONSE_BYTES,
      maxRetryWaitMs: MAX_RETRY_WAIT_MS,
    }),
  });
  const deadlineMs = modelDeadlineMs(config.NEWSBRIEF_LLM_TIMEOUT_MS, config.NEWSBRIEF_LLM_MAX_RETRIES);
  const engine = createLlmEngine({
    client,
    model,
    logger,
    deadlineMs,
    cache: options.store.llmCache,
    fallback,
    now: options.now,
  });
  logger.info(
    {
      engine: engine.key,
      host: new URL(baseURL).host,
      timeoutMs: config.NEWSBRIEF_LLM_TIMEOUT_MS,
      maxRetries: config.NEWSBRIEF_LLM_MAX_RETRIES,
      deadlineMs,
    },
    'analysis engine: model, verified against the article',
  );
  return engine;
}
