import type OpenAI from 'openai';
import type { AnalysisEngine, EngineAnalysis } from '../app/analysis-engine';
import { createExtractiveEngine } from '../app/extractive-engine';
import type { Logger } from '../logging/create-logger';
import type { AsyncLlmCacheRepository } from '../store/async/async-store';
import { contentHash } from '../store/content-hash';
import type { LlmCacheKey } from '../store/llm-cache-repository';
import { buildAnalysisMessages, buildAnswerMessages, PROMPT_VERSION } from './build-prompt';
import { modelAnalysisSchema, modelAnswerSchema } from './model-output-schema';
import { requestStructuredOutput } from './request-structured-output';
import { verifyAnalysis } from './verify-analysis';
import { verifyAnswer } from './verify-answer';

export interface LlmEngineOptions {
  client: OpenAI;
  model: string;
  logger: Logger;
  /** Whole-call limit including retries; see modelDeadlineMs. */
  deadlineMs: number;
  cache?: AsyncLlmCacheRepository;
  /** Gives the sentence ids the prompt uses and every fallback; extractive by default. */
  fallback?: AnalysisEngine;
  now?: () => Date;
}

export const FALLBACK_UNAVAILABLE = 'extractive (model unavailable)';
/** After a call fails for want of the model (timeout, connection, 429, 5xx), skip it this long. */
export const MODEL_DOWN_MS = 60_000;
const UNAVAILABLE = /^(?:timeout|deadline|aborted|connection failed|HTTP (?:408|429|5\d\d))/;
export const FALLBACK_REJECTED = 'extractive (model output failed verification)';
/**
 * The model answered, but with nothing readable (junk JSON, the wrong shape, a refusal, a reply
 * cut off or over the size limit): "unavailable" would send an editor to check a service that is up.
 */
export const FALLBACK_UNREADABLE = 'extractive (model reply unreadable)';

/**
 * The optional model engine. Everything the model returns passes the grounding check before it
 * can reach chat; on any failure the extractive analysis is used and not cached, so the next
 * request asks the model again.
 */
export function createLlmEngine(options: LlmEngineOptions): AnalysisEngine {
  const { client, model, logger, deadlineMs, cache } = options;
  const fallback = options.fallback ?? createExtractiveEngine();
  const now = options.now ?? (() => new Date());
  // The extractive version is part of the prompt version: its sentence ids are in the result, so
  // a new splitter must invalidate cached model analyses too (here and in the app's cache).
  const promptVersion = `${PROMPT_VERSION}+${fallback.key}`;
  const key = `llm:${model}@${promptVersion}`;
  // Says what the check covers: quotes and their speakers (also quoted words inside any prose), and
  // the summary's wording (questions are checked for citations, names, numbers and quotations only).
  const label = `model ${model}, quotes, speakers and summary checked`;
  const inFlight = new Map<string, Promise<EngineAnalysis>>();
  // A model that is down costs one deadline, not one per brief and per thread question.
  let downUntil = 0;
  const isDown = () => now().getTime() < downUntil;
  const noteFailure = (reason: string) => {
    if (UNAVAILABLE.test(reason)) downUntil = now().getTime() + MODEL_DOWN_MS;
  };

  async function analyzeWithModel(_text: string, base: EngineAnalysis, cacheKey: LlmCacheKey): Promise<EngineAnalysis> {
    const log = { engine: key, articleHash: cacheKey.articleHash.slice(0, 12) };
    const result = await requestStructuredOutput({
      client,
      model,
      deadlineMs,
      messages: buildAnalysisMessages(base.analysis),
      schema: modelAnalysisSchema,
      schemaName: 'news_analysis',
    });
    if (!result.ok) {
      noteFailure(result.reason);
      logger.warn({ ...log, reason: result.reason }, 'model analysis failed; using extractive');
      const producedBy = result.unreadable ? FALLBACK_UNREADABLE : FALLBACK_UNAVAILABLE;
      return { analysis: base.analysis, producedBy };
    }
    const verified = verifyAnalysis(result.value, base.analysis);
    const { kept, dropped, reasons, reanchored } = verified.report;
    if (!verified.usable) {
      logger.warn(
        { ...log, kept, dropped, reasons, why: verified.whyUnusable },
        'model analysis failed verification; using extractive',
      );
      return { analysis: base.analysis, producedBy: FALLBACK_REJECTED };
    }
    logger.info({ ...log, kept, dropped, reasons, reanchored }, 'model analysis verified');
    const producedBy = [
      label,
      ...(dropped === 0 ? [] : [`${dropped} unverified item${dropped === 1 ? '' : 's'} dropped`]),
      ...(verified.questionsFromBase ? ['open questions extractive'] : []),
    ].join(', ');
    // A cache the database cannot take now costs a model call later, not this answer.
    await cache
      ?.put(cacheKey, {
        analysis: verified.analysis,
        producedBy,
        droppedCount: dropped,
        createdAt: now().toISOString(),
      })
      .catch((error: unknown) => logger.warn({ ...log, err: describe(error) }, 'could not cache the model analysis'));
    return { analysis: verified.analysis, producedBy, cacheKey: key };
  }

  return {
    key,
    label,
    async analyze(text, meta) {
      const base = await fallback.analyze(text, meta);
      if (base.analysis.sentences.length === 0) return { analysis: base.analysis, producedBy: base.producedBy };
      const cacheKey = { articleHash: contentHash(text), model, promptVersion };
      const cached = await cache?.get(cacheKey).catch((error: unknown) => {
        logger.warn({ engine: key, err: describe(error) }, 'could not read the model-result cache');
        return undefined;
      });
      if (cached) return { analysis: cached.analysis, producedBy: cached.producedBy, cacheKey: key };
      if (isDown()) return { analysis: base.analysis, producedBy: FALLBACK_UNAVAILABLE };
      // Two people briefing the same new story at once share one model call.
      const pending = inFlight.get(cacheKey.articleHash);
      if (pending) return pending;
      const call = analyzeWithModel(text, base, cacheKey)
        // A bug in checking or caching must cost the model result, never the brief.
        .catch((error: unknown) => {
          logger.error(
            { engine: key, err: error instanceof Error ? error.message : String(error) },
            'model analysis could not be checked; using extractive',
          );
          return { analysis: base.analysis, producedBy: FALLBACK_REJECTED };
        })
        .finally(() => inFlight.delete(cacheKey.articleHash));
      inFlight.set(cacheKey.articleHash, call);
      return call;
    },
    async answer(analysis, question, text, who) {
      if (isDown()) return fallback.answer(analysis, question, text, who);
      const result = await requestStructuredOutput({
        client,
        model,
        deadlineMs,
        messages: buildAnswerMessages(analysis, question),
        schema: modelAnswerSchema,
        schemaName: 'thread_answer',
      });
      if (!result.ok) {
        noteFailure(result.reason);
        logger.warn({ engine: key, reason: result.reason }, 'model answer failed; answering extractively');
        return fallback.answer(analysis, question, text, who);
      }
      const verified = verifyAnswer(result.value, analysis);
      if ('rejected' in verified) {
        logger.info({ engine: key, reason: verified.rejected }, 'model answer not used; answering extractively');
        return fallback.answer(analysis, question, text, who);
      }
      return verified;
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
