import type { Logger } from 'pino';
import type { ChannelPoster } from './app/channel-poster';
import { installProcessGuard } from './install-process-guard';
import { errorSummary } from './logging/error-summary';
import type { Runtime } from './main';
import type { ConsoleChat } from './platforms/console/start-console-chat';
import { PlatformStartError } from './platforms/platform-start-error';

export interface BotIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  interactive: boolean;
  /** The terminal the process runs in: the console's thread goes on there after a restart. */
  terminal?: string;
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
  const stories = await app.storyCount();
  io.status?.write(
    `newsbrief: database ${runtime.database} (${stories} stored ${stories === 1 ? 'story' : 'stories'}); ` +
      `${platforms.length > 0 ? `starting ${platforms.join(' and ')}` : 'console chat (no Slack or Discord token set)'}.\n`,
  );

  let chat: ConsoleChat | undefined;
  try {
    if (config.SLACK_BOT_TOKEN) {
      // Platform SDKs (and the scheduler, console and file ingest) load only when used: a bot with
      // one platform configured never loads the other's SDK.
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
      // A pipe's stdout is the transcript: the banner goes with the start-up line, so a first
      // run shows which stories it stored however it is started.
      // Without a status stream (a caller other than the CLI) the transcript carries it: never lost.
      if (!io.interactive) for (const line of welcome) (io.status ?? io.output).write(`${line}\n`);
      chat = startConsoleChat({
        app,
        input: io.input,
        output: io.output,
        logger,
        interactive: io.interactive,
        welcome: io.interactive ? welcome : [],
        ...(io.terminal === undefined ? {} : { terminal: io.terminal }),
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
      threadLinkDays: config.NEWSBRIEF_THREAD_LINK_DAYS,
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
        database: config.NEWSBRIEF_DATABASE_URL ? undefined : config.NEWSBRIEF_DB,
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
      logger.error({ err: errorSummary(error), part: part.name }, 'error while stopping');
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
