/**
 * One bot replica's scheduler for the kill -9 test: the real scheduler (start-up catch-up, claims,
 * leases) on the shared PostgreSQL schema, with a clock that starts at the given instant and runs
 * at real speed. Posts append "<pid> <channel>" to a shared file. In `hang` mode the platform
 * accepts nothing: the first post blocks forever, so this process holds its claim until killed.
 * Prints "ready" once the start-up catch-up has finished.
 * argv: <postgres url> <schema> <clock start ISO> <posts file> <post | hang>
 */
import { appendFileSync } from 'node:fs';
import type { ChannelPoster } from '../../src/app/channel-poster';
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import { silentLogger } from '../../src/logging/create-logger';
import { startScheduler } from '../../src/scheduler/start-scheduler';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';

const [url = '', schema = '', clockStart = '', postsFile = '', mode = 'post'] = process.argv.slice(2);
const offset = Date.parse(clockStart) - Date.now();
const now = () => new Date(Date.now() + offset);
const store = await openPostgresStore({ url, schema, now, poolSize: 2 });
const app = createNewsbriefApp({ store, logger: silentLogger(), now });
const poster: ChannelPoster = {
  platform: 'slack',
  async post(channelId) {
    if (mode === 'hang') {
      appendFileSync(postsFile, `hanging ${process.pid} ${channelId}\n`);
      return new Promise(() => {});
    }
    appendFileSync(postsFile, `${process.pid} ${channelId}\n`);
    return { channelId, messageRef: `${process.pid}:${channelId}`, threadRef: `${process.pid}:${channelId}` };
  },
};
const scheduler = startScheduler({
  store,
  app,
  posters: [poster],
  logger: silentLogger(),
  now,
  catchupHours: 6,
  defaultZone: 'UTC',
  channelIntervalMs: 10,
});
await scheduler.ready;
process.stdout.write('ready\n');
if (mode !== 'hang') {
  await scheduler.stop();
  await store.close();
}
