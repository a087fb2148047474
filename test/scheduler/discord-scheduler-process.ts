/**
 * One bot replica's scheduler for the Discord kill -9 test: the real scheduler (start-up catch-up,
 * claims, leases) on the shared PostgreSQL schema, posting through the real Discord poster (its own
 * discord.js REST client) to the fake Discord, with a clock that starts at the given instant and
 * runs at real speed. Prints "ready" once the start-up catch-up has finished, then stops (and
 * exits at once: an idle keep-alive connection to the fake must not hold the process open).
 * argv: <postgres url> <schema> <clock start ISO> <Discord API url> <bot token>
 */
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import { silentLogger } from '../../src/logging/create-logger';
import { createDiscordRest } from '../../src/platforms/discord/create-discord-client';
import { createDiscordPoster } from '../../src/platforms/discord/discord-poster';
import { startScheduler } from '../../src/scheduler/start-scheduler';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';

const [url = '', schema = '', clockStart = '', apiUrl = '', token = ''] = process.argv.slice(2);
const offset = Date.parse(clockStart) - Date.now();
const now = () => new Date(Date.now() + offset);
const store = await openPostgresStore({ url, schema, now, poolSize: 2 });
const app = createNewsbriefApp({ store, logger: silentLogger(), now });
const logger = silentLogger();
const scheduler = startScheduler({
  store,
  app,
  posters: [createDiscordPoster({ rest: createDiscordRest({ apiUrl }).setToken(token), logger })],
  logger,
  now,
  catchupHours: 6,
  defaultZone: 'UTC',
  channelIntervalMs: 10,
});
await scheduler.ready;
process.stdout.write('ready\n');
await scheduler.stop();
await store.close();
process.exit(0);
