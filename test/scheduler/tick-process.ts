/**
 * One "bot process" for the two-process test: opens the shared SQLite file and runs the tick
 * command at the same moment as its twin. Posts go to a platform stand-in that appends a line
 * per post (pid, channel, time) to a shared file, so the parent can count and space them across
 * processes.
 * argv: <db path> <posts file> <ISO slot time> <how many processes to wait for>
 */
import { appendFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ChannelPoster } from '../../src/app/channel-poster';
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import { runTickCommand } from '../../src/cli/tick-command';
import { silentLogger } from '../../src/logging/create-logger';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';

const [dbPath = '', postsFile = '', at = '', twins = '1'] = process.argv.slice(2);
const store = openAsyncSqliteStore({ path: dbPath });
const app = createNewsbriefApp({ store, logger: silentLogger() });
const poster: ChannelPoster = {
  platform: 'slack',
  async post(channelId) {
    appendFileSync(postsFile, `${process.pid} ${channelId} ${Date.now()}\n`);
    return { channelId, messageRef: `${process.pid}:${channelId}`, threadRef: `${process.pid}:${channelId}` };
  },
};
// A barrier: every process starts its tick once all are loaded, so their claims really race.
const ready = `${basename(postsFile)}.ready.`;
writeFileSync(join(dirname(postsFile), `${ready}${process.pid}`), '');
while (readdirSync(dirname(postsFile)).filter((f) => f.startsWith(ready)).length < Number(twins)) {
  await new Promise((r) => setTimeout(r, 1));
}
const out: string[] = [];
const stdout = { write: (s: string) => out.push(s) } as unknown as NodeJS.WritableStream;
const code = await runTickCommand(['--at', at, '--json'], {
  app,
  schedules: store.schedules,
  postSlots: store.postSlots,
  posters: [poster],
  logger: silentLogger(),
  stdout,
  stderr: process.stderr,
  // Wide enough that a process descheduled on a loaded machine between its turn and its post
  // (up to half the interval) cannot make two posts look together; see two-processes.test.ts.
  channelIntervalMs: 400,
});
store.close();
process.stdout.write(out.join(''));
process.exitCode = code;
