import type { ChannelPoster } from '../../src/app/channel-poster';
import { scheduledPostKey } from '../../src/app/channel-poster';
import type { NewsbriefApp } from '../../src/app/newsbrief-app';
import { silentLogger } from '../../src/logging/create-logger';
import { createDiscordRest } from '../../src/platforms/discord/create-discord-client';
import { createDiscordPoster } from '../../src/platforms/discord/discord-poster';
import { runDueSlots } from '../../src/scheduler/run-due-slots';
import type { AsyncStore } from '../../src/store/async/async-store';
import type { Schedule } from '../../src/store/schedule-repository';
import { type fakeClock, flynnSchedulerSetup, schedulerDeps } from '../scheduler/scheduler-fixture';
import { FAKE_CHANNEL_ID } from './fake-discord-ids';
import { botUser, fakeUser } from './fake-discord-payloads';
import { FakeDiscordServer } from './fake-discord-server';
import { useCleanups } from './use-cleanups';

type TestClock = ReturnType<typeof fakeClock>;

/** The follow-ups' slot: 09:00 Europe/London on 1 April 2017. */
export const SLOT = '2017-04-01T08:00:00.000Z';
export const CHANNEL = `discord:${FAKE_CHANNEL_ID}`;
/**
 * Lost answers here are dropped connections, not hangs, so nothing needs to time out: the timeout
 * only has to outlast a page read on a loaded machine (discord.js retries a timeout itself, and a
 * lookup that times out three times is "Discord failed", which these tests must not see).
 */
const CLIENT_TIMEOUT_MS = 10_000;

/** The fake Discord on the test's clock, so message ids, timestamps and the nonce window follow it. */
export function startFakeDiscordAt(clock: TestClock): Promise<FakeDiscordServer> {
  return FakeDiscordServer.start({ heartbeatIntervalMs: 200, now: () => clock.now().getTime() });
}

/** A replica's Discord poster: its own REST client (own rate-limit state), as `start` and `tick` make. */
export function discordPoster(fake: FakeDiscordServer): ChannelPoster {
  const rest = createDiscordRest({ apiUrl: fake.apiUrl, timeoutMs: CLIENT_TIMEOUT_MS }).setToken(fake.token);
  return createDiscordPoster({ rest, logger: silentLogger() });
}

/** A daily 09:00 (London) follow-up of the Flynn story in a channel (the fake Discord's by default), made the day before. */
export function followInChannel(store: AsyncStore, articleId: number, channelId = CHANNEL): Promise<Schedule> {
  return store.schedules.create({
    channelId,
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
  clock: TestClock;
  schedule: Schedule;
  poster: ChannelPoster;
  leaseMs: number;
}): Promise<string> {
  const { app, store, clock, schedule, poster } = options;
  await claimedElsewhere({ store, clock, scheduleId: schedule.id, leaseMs: options.leaseMs });
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

export interface ClaimedElsewhereOptions {
  store: AsyncStore;
  clock: TestClock;
  scheduleId: number;
  leaseMs: number;
  /** Default SLOT. */
  slot?: string;
  /** Default "process-a". */
  owner?: string;
}

/**
 * Another process claims the slot now (and then dies, or posts and dies): its claim blocks
 * everyone until the lease runs out, then the next claim is attempt 2 and looks before posting.
 */
export async function claimedElsewhere(options: ClaimedElsewhereOptions): Promise<void> {
  const claim = await options.store.schedules.claimSlot({
    scheduleId: options.scheduleId,
    slot: options.slot ?? SLOT,
    owner: options.owner ?? 'process-a',
    now: options.clock.now().toISOString(),
    leaseMs: options.leaseMs,
    late: false,
    maxAttempts: 5,
  });
  if (!claim) throw new Error('the slot was already claimed');
}

/** The channel reads (GET channel messages) the bot made: each is one page of a lookup. */
export function channelReads(fake: FakeDiscordServer) {
  return fake.calls.filter((c) => c.method === 'GET' && c.path === `/channels/${FAKE_CHANNEL_ID}/messages`);
}

/** The bot's own messages in the test channel, newest first. */
export function botPosts(fake: FakeDiscordServer) {
  return fake.state.messagesIn(FAKE_CHANNEL_ID).filter((m) => m.author.id === botUser.id);
}

/** Where most tests start their clock: 30 s after SLOT, the slot due and nothing posted yet. */
const AFTER_SLOT = '2017-04-01T08:00:30Z';

export interface DiscordSchedulerSetupOptions {
  /** The test clock's start; default 30 s after SLOT. */
  startIso?: string;
}

/** Reporters talking in the test channel, one message every 5 ms on the test clock. */
export function chatter(fake: FakeDiscordServer, clock: TestClock, count: number): void {
  const reporter = fakeUser('2', 'reporter');
  for (let i = 0; i < count; i++) {
    clock.advance(5);
    fake.state.userMessage(FAKE_CHANNEL_ID, reporter, { content: `${i}` });
  }
}

/**
 * For a test file: registers an afterEach that closes what each set-up opened, and returns the
 * set-up: the Flynn story followed daily at 09:00 London in the fake Discord's channel, the fake
 * on the test clock, one replica's real Discord poster, `run()` (one sweep at the clock's time)
 * and `postedByDeadProcess()` (another process posted this slot and died before recording it).
 */
export function discordSchedulerFixture() {
  const cleanups = useCleanups();
  return async (options: DiscordSchedulerSetupOptions = {}) => {
    const setup = await flynnSchedulerSetup(options.startIso ?? AFTER_SLOT);
    cleanups.push(() => setup.test.close());
    const fake = await startFakeDiscordAt(setup.clock);
    cleanups.push(() => fake.stop());
    const schedule = await followInChannel(setup.store, setup.articleId);
    const poster = discordPoster(fake);
    const deps = schedulerDeps(setup.app, setup.store, setup.clock, [poster]);
    const run = () => runDueSlots(deps, { at: setup.clock.now().getTime(), catchupHours: 6 });
    const deadProcessPost = () =>
      postedByDeadProcess({ ...setup, schedule, poster: discordPoster(fake), leaseMs: deps.policy.leaseMs });
    return { ...setup, fake, schedule, poster, deps, run, postedByDeadProcess: deadProcessPost };
  };
}
