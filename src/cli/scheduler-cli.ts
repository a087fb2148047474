import type { CliIo } from './cli-io';
import { runSchedulesCommand } from './schedules-command';
import { runTickCommand } from './tick-command';
import { withRuntime } from './with-runtime';

/** `newsbrief tick --at <ISO>`: posts due slots through the configured platforms (console otherwise). */
export function tickCli(argv: string[], io: CliIo): Promise<number> {
  return withRuntime(io, async ({ app, config, store, logger }) =>
    runTickCommand(argv, {
      app,
      schedules: store.schedules,
      postSlots: store.postSlots,
      leaseMs: config.NEWSBRIEF_SLOT_LEASE_SECONDS * 1000,
      // The Slack and Discord SDKs load only here, where a post may go out: `schedules` skips them.
      posters: (await import('../platform-posters')).createPlatformPosters(config, logger),
      logger,
      stdout: io.stdout,
      stderr: io.stderr,
    }),
  );
}

/** `newsbrief schedules [--json]`. */
export function schedulesCli(argv: string[], io: CliIo): Promise<number> {
  return withRuntime(io, ({ store }) =>
    runSchedulesCommand(argv, { schedules: store.schedules, articles: store.articles, stdout: io.stdout }),
  );
}
