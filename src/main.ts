import type { Logger } from 'pino';
import type { AnalysisEngine } from './app/analysis-engine';
import type { ChannelPoster } from './app/channel-poster';
import { createNewsbriefApp } from './app/create-newsbrief-app';
import { createExtractiveEngine } from './app/extractive-engine';
import type { NewsbriefApp } from './app/newsbrief-app';
import type { Config } from './config/load-config';
import type { IngestFilesOptions } from './ingest/ingest-files';
import type { FeedParsers } from './ingest/poll-feed';
import type { SafeFetch } from './ingest/safe-fetch';
import { installProcessGuard } from './install-process-guard';
import { wantsModelEngine } from './llm/wants-model-engine';
import { createLogger } from './logging/create-logger';
import type { ConsoleChat } from './platforms/console/start-console-chat';
import { PlatformStartError } from './platforms/platform-start-error';
import type { NewArticle } from './store/article-repository';
import type { AsyncStore } from './store/async/async-store';
import { openConfiguredStore } from './store/open-configured-store';
import { createPooledEngine } from './workers/create-pooled-engine';
import { createWorkerPool } from './workers/create-worker-pool';

/** What every CLI command and the bot share: config read once, one store, one app. */
export interface Runtime {
  config: Config;
  logger: Logger;
  store: AsyncStore;
  /** The database in use, for the operator: the SQLite file, or the URL without its password. */
  database: string;
  engine: AnalysisEngine;
  /** The one guarded fetch (SSRF checks, size cap, timeout) for links and feeds. */
  safeFetch: SafeFetch;
  /** `/brief add` and feed items: safe fetch, then extraction in the worker pool. */
  fetchArticle: (url: string) => Promise<NewArticle>;
  /** Feed, feed-item and article-file parsing, in the worker pool. */
  parse: FeedParsers & { articleFile: NonNullable<IngestFilesOptions['parse']> };
  app: NewsbriefApp;
  /** Stops the worker pool and closes the store once calls in flight have finished. */
  close(): Promise<void>;
}

export interface RuntimeOptions {
  logger?: Logger;
  now?: () => Date;
}

/** Longest an ingest job (analysis of one article, reading one page or feed) may run. */
const INGEST_JOB_TIMEOUT_MS = 60_000;

/** The composition root: the one place that reads config and wires the layers together. */
export async function createRuntime(config: Config, options: RuntimeOptions = {}): Promise<Runtime> {
  const logger = options.logger ?? createLogger({ level: config.NEWSBRIEF_LOG_LEVEL });
  const { store, description: database } = await openConfiguredStore(config, { now: options.now, logger });
  // The model SDK, undici and the DOM load only when used, so one-shot commands start quickly.
  // The one extractive engine on this thread: briefs, answers and the model engine's fallback.
  // Articles being stored are analysed by the same code in the worker pool below.
  const extractive = createExtractiveEngine();
  const engine = wantsModelEngine(config)
    ? (await import('./llm/select-engine')).createAnalysisEngine({ config, store, logger, fallback: extractive })
    : extractive;
  logger.info({ engine: engine.key }, 'analysis engine');
  // Ingest analysis and page/feed parsing run in worker threads (started on first use), so a
  // 1 MB file or a 5 MB feed never delays a chat acknowledgement.
  const pool = createWorkerPool({
    jobTimeoutMs: INGEST_JOB_TIMEOUT_MS,
    onRecycle: (heapMb) => logger.debug({ heapMb: Math.round(heapMb) }, 'ingest worker replaced after a large job'),
  });
  const loadSafeFetch = once(async () =>
    (await import('./ingest/safe-fetch')).createSafeFetch({
      allowPrivate: config.NEWSBRIEF_FETCH_ALLOW_PRIVATE,
      timeoutMs: config.NEWSBRIEF_FETCH_TIMEOUT_MS,
      maxBytes: config.NEWSBRIEF_FETCH_MAX_MB * 1024 * 1024,
    }),
  );
  const safeFetch: SafeFetch = async (url, request) => (await loadSafeFetch())(url, request);
  const loadFetcher = once(async () =>
    (await import('./ingest/fetch-article')).createArticleFetcher({
      fetch: safeFetch,
      logger,
      extract: (html, url) => pool.run('extractArticle', html, url),
    }),
  );
  const fetchArticle = async (url: string): Promise<NewArticle> => (await loadFetcher())(url);
  const app = createNewsbriefApp({
    store,
    logger,
    engine,
    ingestEngine: createPooledEngine(pool),
    fetchArticle,
    now: options.now,
    defaultTimezone: config.NEWSBRIEF_TZ,
    feedUrlPolicy: { allowPrivate: config.NEWSBRIEF_FETCH_ALLOW_PRIVATE },
  });
  let closed = false;
  return {
    config,
    logger,
    store,
    database,
    engine,
    safeFetch,
    fetchArticle,
    parse: {
      readFeed: (xml, url) => pool.run('readFeed', xml, url),
      htmlToText: (html) => pool.run('htmlToText', html),
      articleFile: (path, raw) => pool.run('parseArticleFile', path, raw),
    },
    app,
    async close() {
      if (closed) return;
      closed = true;
      void pool.close();
      await store.close();
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
  /** Where the human-readable start-up line goes (stderr: pipes stay clean). */
  status?: NodeJS.WritableStream;
}

/** A running part of the bot that can be stopped after finishing its in-flight work. */
interface Stoppable {
  name: string;
  stop(): Promise<void> | void;
}

/**
 * `newsbrief start`: the platforms whose tokens are set, the scheduler, feeds and the drop folder;
 * the console chat when no platform is configured. Returns when a stop signal arrives (or, for
 * the console, when its input ends), after in-flight work has finished.
 */
export async function startBot(runtime: Runtime, io: BotIo): Promise<void> {
  const { logger, config, app } = runtime;
  // Started in order, stopped in reverse: the scheduler and feeds, which post through the
  // platforms, finish before the platforms stop, and each part finishes its work in flight.
  const running: Stoppable[] = [];
  const posters: ChannelPoster[] = [];
  const seeded = await seedSamples(runtime, io.samplesDir);
  const platforms = [config.SLACK_BOT_TOKEN && 'Slack', config.DISCORD_TOKEN && 'Discord'].filter(Boolean);
  // The first line says which database is in use: the one thing to check when stories seem missing.
  io.status?.write(
    `newsbrief: database ${runtime.database} (${await app.storyCount()} stored stories); ` +
      `${platforms.length > 0 ? `starting ${platforms.join(' and ')}` : 'console chat (no Slack or Discord token set)'}.\n`,
  );

  let chat: ConsoleChat | undefined;
  try {
    if (config.SLACK_BOT_TOKEN) {
      // Platform SDKs (and here the scheduler, console and file ingest) load only when used, so
      // one-shot CLI commands, which import this module for createRuntime, stay quick to start.
      const { startSlack } = await import('./platforms/slack/start-slack');
      const slack = await startSlack({ config, app, logger, healthCheck: () => runtime.store.ping() });
      running.push({ name: 'slack', stop: () => slack.stop() });
      posters.push(slack.poster);
    }
    if (config.DISCORD_TOKEN) {
      const { startDiscord } = await import('./platforms/discord/start-discord');
      const discord = await startDiscord({ config, app, logger });
      running.push({ name: 'discord', stop: () => discord.stop() });
      posters.push(discord.poster);
    }
    if (posters.length === 0) {
      const { startConsoleChat } = await import('./platforms/console/start-console-chat');
      const { createConsolePoster } = await import('./platforms/console/console-poster');
      const welcome =
        seeded.length > 0
          ? [
              `First run: stored ${seeded.length} sample stories from samples/ —`,
              ...seeded.map((s) => `  #${s.id} ${s.title}`),
              'Try: /brief ferry   then ask: who chairs the finance committee?',
            ]
          : [];
      chat = startConsoleChat({
        app,
        input: io.input,
        output: io.output,
        logger,
        interactive: io.interactive,
        welcome,
      });
      running.push({ name: 'console', stop: () => chat?.close() });
      posters.push(createConsolePoster({ output: io.output, onThread: chat.focus }));
    }

    const { startScheduler } = await import('./scheduler/start-scheduler');
    const scheduler = startScheduler({
      store: runtime.store,
      app,
      posters,
      logger,
      catchupHours: config.NEWSBRIEF_CATCHUP_HOURS,
      defaultZone: config.NEWSBRIEF_TZ,
      policy: { leaseMs: config.NEWSBRIEF_SLOT_LEASE_SECONDS * 1000 },
    });
    running.push({ name: 'scheduler', stop: () => scheduler.stop() });
    const maxBytes = config.NEWSBRIEF_MAX_FILE_MB * 1024 * 1024;
    const { startFeedPoller } = await import('./ingest/feed-poller');
    const feeds = startFeedPoller({
      store: runtime.store,
      fetcher: runtime.safeFetch,
      logger,
      intervalMinutes: config.NEWSBRIEF_FEED_POLL_MINUTES,
      ingest: app.ingest,
      fetchArticle: runtime.fetchArticle,
      parse: runtime.parse,
    });
    running.push({ name: 'feeds', stop: () => feeds.stop() });
    if (config.NEWSBRIEF_WATCH_DIR) {
      const { startDropFolder } = await import('./ingest/drop-folder');
      const drop = startDropFolder({
        dir: config.NEWSBRIEF_WATCH_DIR,
        logger,
        maxBytes,
        ingest: app.ingest,
        parse: runtime.parse.articleFile,
      });
      running.push({ name: 'drop folder', stop: () => drop.stop() });
    }
  } catch (error) {
    // A platform that fails to start (bad token, port in use) must not leave the ones already
    // started running: the process would neither serve nor exit, and the store is closed next.
    // A platform's start-up failure (a rejected token, no network) is the caller's to report, in
    // one line saying what to fix; anything else is logged here.
    if (!(error instanceof PlatformStartError)) {
      logger.error(
        { err: error instanceof Error ? error.message : String(error) },
        'newsbrief could not start; stopping what had started',
      );
    }
    await stopAll(running, logger);
    throw error;
  }

  // Installed once everything has started: a failure to start must still end the process with
  // its one-line message, while a running bot keeps serving through a library's stray throw.
  const removeGuard = installProcessGuard(logger);
  running.unshift({ name: 'process guard', stop: removeGuard });
  logger.info({ running: running.map((r) => r.name), stories: await app.storyCount() }, 'newsbrief started');
  const inputEnded = chat ? chat.done.then(() => 'console input ended') : new Promise<string>(() => {});
  const reason = await Promise.race([io.stopSignal, inputEnded]);
  logger.info({ reason }, 'newsbrief stopping');
  await stopAll(running, logger);
  await chat?.done;
  logger.info('newsbrief stopped');
}

/** Stops parts in reverse start order; each finishes its work in flight before the next stops. */
async function stopAll(running: Stoppable[], logger: Logger): Promise<void> {
  for (const part of [...running].reverse()) {
    try {
      await part.stop();
    } catch (error) {
      logger.error({ err: error, part: part.name }, 'error while stopping');
    }
  }
}

/** Stores the samples into an empty database; returns the stories it stored (none when not empty). */
async function seedSamples(
  runtime: Runtime,
  samplesDir: string | undefined,
): Promise<Array<{ id: number; title: string }>> {
  if (!samplesDir || (await runtime.app.storyCount()) > 0) return [];
  const { ingestFiles } = await import('./ingest/ingest-files');
  const { results } = await ingestFiles({
    paths: [samplesDir],
    maxBytes: runtime.config.NEWSBRIEF_MAX_FILE_MB * 1024 * 1024,
    ingest: runtime.app.ingest,
    parse: runtime.parse.articleFile,
  });
  runtime.logger.info({ samples: results.filter((r) => r.ok).length }, 'empty store: added the sample articles');
  return results.flatMap((r) => (r.ok && r.articleId !== undefined ? [{ id: r.articleId, title: r.title ?? '' }] : []));
}

/** Runs `load` once, on first use, and shares its promise. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}
