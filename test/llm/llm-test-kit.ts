import { Writable } from 'node:stream';
import type { AnalysisEngine } from '../../src/app/analysis-engine';
import type { Analysis } from '../../src/core/analysis-types';
import type { ModelAnalysis } from '../../src/llm/model-output-schema';
import { createAnalysisEngine, type EngineConfig } from '../../src/llm/select-engine';
import { createLogger, type Logger } from '../../src/logging/create-logger';
import type { AsyncStore } from '../../src/store/async/async-store';
import type { FakeOpenAiServer } from '../support/fake-openai-server';

/** Id of the first sentence containing the fragment (fails loudly if the splitter changed). */
export function idOf(analysis: Analysis, fragment: string): number {
  const found = analysis.sentences.find((s) => s.text.includes(fragment));
  if (!found) throw new Error(`no sentence contains ${JSON.stringify(fragment)}`);
  return found.id;
}

/** A real pino logger writing JSON lines into memory, so tests can read what was logged. */
export function memoryLogger(): { logger: Logger; lines: () => string[] } {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = createLogger({ level: 'debug', destination });
  return { logger, lines: () => chunks.join('').split('\n').filter(Boolean) };
}

/** What a well-behaved model returns for the Flynn story, cited with the extractive sentence ids. */
export function goodFlynnResponse(base: Analysis): ModelAnalysis {
  const twitter = idOf(base, 'stated via Twitter');
  const wsj = idOf(base, 'Wall Street Journal');
  const letter = idOf(base, 'USA Today published');
  const concerned = idOf(base, 'is not concerned that Flynn');
  const nope = idOf(base, 'Nope.');
  const testify = idOf(base, 'should go testify');
  return {
    summary: [
      { text: 'Trump said on Twitter that Flynn should ask for immunity.', sentenceIds: [twitter] },
      {
        text: 'The Wall Street Journal reported that Flynn offered to be questioned in exchange for immunity.',
        sentenceIds: [wsj],
      },
      {
        text: 'USA Today published the letter by Flynn\u2019s attorney Robert Kelner, which reads differently.',
        sentenceIds: [letter],
      },
      {
        text: 'Spicer said the White House is not concerned that Flynn has negative information.',
        sentenceIds: [concerned, nope],
      },
    ],
    quotes: [
      {
        text: 'He [Trump] believes that Mike Flynn should go testify,',
        speaker: 'Sean Spicer',
        sentenceId: testify,
        key: true,
      },
      { text: 'Nope.', speaker: 'Sean Spicer', sentenceId: nope, key: true },
    ],
    questions: [{ text: 'What does Kelner\u2019s letter actually ask for?', kind: 'disputed', sentenceIds: [letter] }],
  };
}

export const MENTION_TEXT = /@everyone|@here|<!channel>|<!here>|<@/u;

/**
 * The real model engine (openai SDK) pointed at the fake server: model "fake-model", no API key,
 * a 10 s timeout (so only a server that never answers times out, however loaded the machine) and
 * no retries unless `overrides` say otherwise.
 */
export function fakeModelEngine(options: {
  server: FakeOpenAiServer;
  store: AsyncStore;
  logger: Logger;
  overrides?: Partial<EngineConfig>;
}): AnalysisEngine {
  const config: EngineConfig = {
    NEWSBRIEF_ENGINE: 'llm',
    NEWSBRIEF_MODEL: 'fake-model',
    OPENAI_API_KEY: undefined,
    OPENAI_BASE_URL: options.server.baseURL,
    NEWSBRIEF_LLM_TIMEOUT_MS: 10_000,
    NEWSBRIEF_LLM_MAX_RETRIES: 0,
    ...options.overrides,
  };
  return createAnalysisEngine({ config, store: options.store, logger: options.logger });
}
