import type { Logger } from 'pino';
import type { AnalysisEngine } from './app/analysis-engine';
import { createNewsbriefApp } from './app/create-newsbrief-app';
import { createExtractiveEngine } from './app/extractive-engine';
import type { NewsbriefApp } from './app/newsbrief-app';
import type { Config } from './config/load-config';
import { createLogger } from './logging/create-logger';
import type { Store } from './store/store';
import { openSqliteStore } from './store/sqlite/open-sqlite-store';
import { ingestFiles } from './ingest/ingest-files';
import { createConsolePoster } from './platforms/console/console-poster';
import { startConsoleChat } from './platforms/console/start-console-chat';

/** What every CLI command and the bot share: config read once, one store, one app. */
export interface Runtime {
  config: Config;
  logger: Logger;
  store: Store;
  engine: AnalysisEngine;
  app: NewsbriefApp;
  close(): void;
}

export interface RuntimeOptions {
  logger?: Logger;
  now?: () => Date;
}

/** The composition root: the one place that reads config and wires the layers together. */
export function createRuntime(config: Config, options: RuntimeOptions = {}): Runtime {
  const logger = options.logger ?? createLogger({ level: config.NEWSBRIEF_LOG_LEVEL });
  const store = openSqliteStore({ path: config.NEWSBRIEF_DB, now: options.now });
  const engine = createExtractiveEngine();
  const app = createNewsbriefApp({ store, logger, engine, now: options.now, defaultTimezone: config.NEWSBRIEF_TZ });
  let closed = false;
  return {
    config,
    logger,
    store,
    engine,
    app,
    close() {
      if (closed) return;
      closed = true;
      store.close();
    },
  };
}

export interface BotIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  interactive: boolean;
  /** Resolves when the operator asks to stop (SIGINT/SIGTERM). */
  stopSignal: Promise<string>;
  /** Folder of sample articles stored when the database is empty, so a first run has stories. */
  samplesDir?: string;
}

/** A running part of the bot that can be stopped after finishing its in-flight work. */
interface Stoppable {
  name: string;
  stop(): Promise<void> | void;
}

/**
 * `newsbrief start`: the platforms whose tokens are set, the scheduler, and the console chat when
 * no platform is configured. Returns when input ends (console) or a stop signal arrives.
 */
export async function startBot(runtime: Runtime, io: BotIo): Promise<void> {
  const { logger } = runtime;
  const running: Stoppable[] = [];
  await seedSamples(runtime, io.samplesDir);

  const chat = startConsoleChat({ app: runtime.app, input: io.input, output: io.output, logger, interactive: io.interactive });
  running.push({ name: 'console', stop: () => chat.close() });
  const posters = [createConsolePoster({ output: io.output, onThread: chat.focus })];

  logger.info({ platforms: running.map((r) => r.name), stories: runtime.store.articles.count() }, 'newsbrief started');
  const reason = await Promise.race([io.stopSignal, chat.done.then(() => 'input ended')]);
  logger.info({ reason }, 'newsbrief stopping');
  // Stop in reverse order of start: inputs first, so nothing new arrives while work finishes.
  for (const part of running.reverse()) {
    try {
      await part.stop();
    } catch (error) {
      logger.error({ err: error, part: part.name }, 'error while stopping');
    }
  }
  await chat.done;
  void posters;
  logger.info('newsbrief stopped');
}

async function seedSamples(runtime: Runtime, samplesDir: string | undefined): Promise<void> {
  if (!samplesDir || runtime.store.articles.count() > 0) return;
  const { results } = await ingestFiles({
    paths: [samplesDir],
    store: runtime.store,
    maxBytes: runtime.config.NEWSBRIEF_MAX_FILE_MB * 1024 * 1024,
    analyze: (text, meta) => runtime.engine.analyze(text, meta),
  });
  runtime.logger.info({ samples: results.filter((r) => r.ok).length }, 'empty store: added the sample articles');
}
