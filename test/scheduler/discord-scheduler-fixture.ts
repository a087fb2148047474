import type { ChannelPoster } from '../../src/app/channel-poster';
import { scheduledPostKey } from '../../src/app/channel-poster';
import type { NewsbriefApp } from '../../src/app/newsbrief-app';
import { silentLogger } from '../../src/logging/create-logger';
import { createDiscordRest } from '../../src/platforms/discord/create-discord-client';
import { createDiscordPoster } from '../../src/platforms/discord/discord-poster';
import type { AsyncStore } from '../../src/store/async/async-store';
import type { Schedule } from '../../src/store/schedule-repository';
import { FAKE_CHANNEL_ID } from '../support/fake-discord-ids';
import { FakeDiscordServer } from '../support/fake-discord-server';
import type { fakeClock } from './scheduler-fixture';

/** The follow-ups' slot: 09:00 Europe/London on 1 April 2017. */
export const SLOT = '2017-04-01T08:00:00.000Z';
export const CHANNEL = `discord:${FAKE_CHANNEL_ID}`;
/** Short enough that a hung answer is given up on quickly; discord.js retries a timeout itself. */
const CLIENT_TIMEOUT_MS = 300;

/** The fake Discord on the test's clock, so message ids, timestamps and the nonce window follow it. */
export function startFakeDiscordAt(clock: ReturnType<typeof fakeClock>): Promise<FakeDiscordServer> {
  return FakeDiscordServer.start({ heartbeatIntervalMs: 200, now: () => clock.now().getTime() });
}

/** A replica's Discord poster: its own REST client (own rate-limit state), as `start` and `tick` make. */
export function discordPoster(fake: FakeDiscordServer): ChannelPoster {
  const rest = createDiscordRest({ apiUrl: fake.apiUrl, timeoutMs: CLIENT_TIMEOUT_MS }).setToken(fake.token);
  return createDiscordPoster({ rest, logger: silentLogger() });
}

export function followInChannel(store: AsyncStore, articleId: number): Promise<Schedule> {
  return store.schedules.create({
    channelId: CHANNEL,
    kind: 'follow',
    articleId,
    query: 'flynn',
    time: '09:00',
    timezone: 'Europe/London',
    createdAt: '2017-03-31T12:00:00.000Z',
  });
}

/**
 * Another process claims the slot and posts it (message and thread on Discord), then dies before
 * recording it: the claim stays "claimed" until its lease runs out.
 */
export async function postedByDeadProcess(options: {
  app: NewsbriefApp;
  store: AsyncStore;
  clock: ReturnType<typeof fakeClock>;
  schedule: Schedule;
  poster: ChannelPoster;
  leaseMs: number;
}): Promise<string> {
  const { app, store, clock, schedule, poster } = options;
  await store.schedules.claimSlot({
    scheduleId: schedule.id,
    slot: SLOT,
    owner: 'process-a',
    now: clock.now().toISOString(),
    leaseMs: options.leaseMs,
    late: false,
    maxAttempts: 5,
  });
  const reply = await app.buildScheduledPost({
    schedule,
    slot: Date.parse(SLOT),
    late: false,
    since: schedule.createdAt,
  });
  const key = scheduledPostKey(schedule.id, Date.parse(SLOT), clock.now().getTime());
  const posted = await poster.post(schedule.channelId, reply, key);
  return posted.messageRef.split(':').at(-1)!;
}

/** POSTs that create channel messages (not thread openings). */
export function messageCreates(fake: FakeDiscordServer) {
  return fake.calls.filter((c) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path));
}
