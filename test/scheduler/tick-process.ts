/**
 * One "bot process" for the two-process test: opens the shared SQLite file and runs the tick
 * command when the parent says go (over the IPC channel), at the same moment as its twin. It
 * appends a line per shared post instant it reserves (`reserve pid channel instant`) and per post
 * (`post pid channel time`) to a shared file, so the parent can check every post waited for a
 * turn of its own in the store.
 * argv: <db path> <posts file> <ISO slot time>
 */
import { appendFileSync } from 'node:fs';
import type { ChannelPoster } from '../../src/app/channel-poster';
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import { runTickCommand } from '../../src/cli/tick-command';
import { silentLogger } from '../../src/logging/create-logger';
import type { ChannelPostSlots } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';

/** Each post's shared instant is reserved this far (plus the limiter's margin) after the last. */
const INTERVAL_MS = 100;
const [dbPath = '', postsFile = '', at = ''] = process.argv.slice(2);
const store = openAsyncSqliteStore({ path: dbPath });
const app = createNewsbriefApp({ store, logger: silentLogger() });
const poster: ChannelPoster = {
  platform: 'slack',
  async post(channelId) {
    appendFileSync(postsFile, `post ${process.pid} ${channelId} ${Date.now()}\n`);
    return { channelId, messageRef: `${process.pid}:${channelId}`, threadRef: `${process.pid}:${channelId}` };
  },
};
// The store's shared post instants, as the running bot uses them; each reservation is logged.
const postSlots: ChannelPostSlots = {
  async reserve(channelId, now, intervalMs) {
    const instant = await store.postSlots.reserve(channelId, now, intervalMs);
    appendFileSync(postsFile, `reserve ${process.pid} ${channelId} ${Date.parse(instant)}\n`);
    return instant;
  },
};
// A barrier: the parent says go once every process has loaded, so their claims really race.
if (process.send) {
  process.send('ready');
  await new Promise((resolve) => process.once('message', resolve));
}
const out: string[] = [];
const stdout = { write: (s: string) => out.push(s) } as unknown as NodeJS.WritableStream;
const code = await runTickCommand(['--at', at, '--json'], {
  app,
  schedules: store.schedules,
  postSlots,
  posters: [poster],
  logger: silentLogger(),
  stdout,
  stderr: process.stderr,
  channelIntervalMs: INTERVAL_MS,
});
store.close();
process.stdout.write(out.join(''));
process.exitCode = code;
process.disconnect?.();
