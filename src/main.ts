import type { Logger } from 'pino';
import type { AnalysisEngine } from './app/analysis-engine';
import { createNewsbriefApp } from './app/create-newsbrief-app';
import { createExtractiveEngine } from './app/extractive-engine';
import type { NewsbriefApp } from './app/newsbrief-app';
import type { Config } from './config/load-config';
import type { IngestFilesOptions } from './ingest/ingest-files';
import type { FeedParsers } from './ingest/poll-feed';
import type { SafeFetch } from './ingest/safe-fetch';
import { wantsModelEngine } from './llm/wants-model-engine';
import { createLogger } from './logging/create-logger';
import type { NewArticle } from './store/article-repository';
import type { AsyncStore } from './store/async/async-store';
import { openConfiguredStore } from './store/open-configured-store';
import { createPooledEngine } from './workers/create-pooled-engine';
import type { WorkerPool } from './workers/create-worker-pool';
import { whoIsWhoOffThread } from './workers/who-is-who-off-thread';

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
  /** Ingest threads run the built dist/pool-worker.js even from source (WorkerPoolOptions.bundledWorker). */
  bundledWorker?: boolean;
  /**
   * A pool the caller owns, used instead of starting one and left running at close: a test file
   * runs many commands, and one thread serves them all rather than one started (and its code
   * compiled again) per command. Unset (the product), the runtime starts and stops its own.
   */
  workerPool?: WorkerPool;
  /**
   * A brief's who is who is made in the worker pool (the bot: its event loop serves every channel).
   * One-shot commands make it in their own thread rather than start a worker for it.
   */
  whoIsWhoInPool?: boolean;
}

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
  // The pool's code loads with its first job: showing a stored brief never needs it.
  let poolStarted = false;
  let loaded: WorkerPool | undefined;
  const loadPool = once(async () => {
    // A caller's pool is the caller's to close (poolStarted stays false).
    poolStarted = !options.workerPool;
    loaded =
      options.workerPool ??
      (await import('./workers/create-worker-pool')).createWorkerPool({
        jobTimeoutMs: config.NEWSBRIEF_INGEST_TIMEOUT_SECONDS * 1000,
        bundledWorker: options.bundledWorker,
        onRecycle: ({ heapMb, heldMb }) =>
          logger.debug(
            { heapMb: Math.round(heapMb), heldMb: Math.round(heldMb) },
            'ingest worker replaced after a large job',
          ),
      });
    return loaded;
  });
  const pool: WorkerPool = {
    run: async (job, ...args) => (await loadPool()).run(job, ...args),
    // Not started yet: no thread is up to take a job at once.
    idle: () => loaded?.idle() ?? false,
    close: async () => {
      if (poolStarted) await (await loadPool()).close();
    },
  };
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
  const readFeed = (xml: string, url: string) => pool.run('readFeed', xml, url);
  const loadFeedProbe = once(async () =>
    (await import('./ingest/probe-feed')).createFeedProbe({ fetch: safeFetch, readFeed }),
  );
  const app = createNewsbriefApp({
    store,
    logger,
    engine,
    ingestEngine: createPooledEngine(pool),
    fetchArticle,
    now: options.now,
    defaultTimezone: config.NEWSBRIEF_TZ,
    feedUrlPolicy: { allowPrivate: config.NEWSBRIEF_FETCH_ALLOW_PRIVATE },
    probeFeed: async (url) => (await loadFeedProbe())(url),
    ...(options.whoIsWhoInPool ? { whoIsWho: whoIsWhoOffThread(pool) } : {}),
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
      readFeed,
      htmlToText: (html) => pool.run('htmlToText', html),
      // The zone as the config read it once: the worker thread reads no setting of its own.
      articleFile: (path, raw) => pool.run('parseArticleFile', path, raw, config.NEWSBRIEF_TZ),
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

/** Runs `load` once, on first use, and shares its promise. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}
