import { readFileSync } from 'node:fs';
import type { CommandContext } from '../../commands/command-definition';
import { ChannelGoneError, type ChannelPoster } from '../../src/app/channel-poster';
import { createExtractiveEngine } from '../../src/app/extractive-engine';
import type { NewsbriefApp } from '../../src/app/newsbrief-app';
import { commandLine, inlineText, type Reply } from '../../src/app/reply';
import type { OpenQuestion } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { silentLogger } from '../../src/logging/create-logger';
import { createChannelRateLimiter } from '../../src/scheduler/channel-rate-limiter';
import { defaultDeliveryPolicy, type SchedulerDeps } from '../../src/scheduler/scheduler-types';
import type { AsyncStore } from '../../src/store/async/async-store';
import { FLYNN_SAMPLE, makeTestApp, type TestApp } from '../support/make-test-app';

/** A clock tests move by hand; sleeping advances it instead of waiting. */
export function fakeClock(startIso: string) {
  let t = Date.parse(startIso);
  return {
    now: () => new Date(t),
    set: (iso: string) => {
      t = Date.parse(iso);
    },
    advance: (ms: number) => {
      t += ms;
    },
    sleep: async (ms: number) => {
      t += ms;
    },
  };
}

interface RecordedPost {
  channelId: string;
  reply: Reply;
  text: string;
}

/** A platform stand-in that records posts; `failNext` makes the next posts throw. */
export function fakePoster(platform = 'slack') {
  const posts: RecordedPost[] = [];
  let failures: Array<Error> = [];
  const poster: ChannelPoster = {
    platform,
    async post(channelId, reply) {
      const failure = failures.shift();
      if (failure) throw failure;
      posts.push({ channelId, reply, text: replyText(reply) });
      const ref = `${channelId}:${posts.length}`;
      return { channelId, messageRef: ref, threadRef: ref };
    },
  };
  return {
    poster,
    posts,
    failNext: (...errors: Error[]) => {
      failures = errors;
    },
    gone: (channelId: string) => new ChannelGoneError(channelId, 'not_in_channel'),
  };
}

export function replyText(reply: Reply): string {
  return [
    reply.title ?? '',
    ...reply.sections.flatMap((s) => [
      s.heading ?? '',
      ...s.items.map((i) => `${i.text} ${i.note ?? ''} ${i.command ? commandLine(i.command) : ''}`),
    ]),
    inlineText(reply.footer ?? ''),
  ].join('\n');
}

export function schedulerDeps(
  app: NewsbriefApp,
  store: AsyncStore,
  clock: ReturnType<typeof fakeClock>,
  posters: ChannelPoster[],
  owner = 'test-owner',
): SchedulerDeps {
  return {
    app,
    schedules: store.schedules,
    posters,
    logger: silentLogger(),
    now: clock.now,
    sleep: clock.sleep,
    rateLimiter: createChannelRateLimiter({ intervalMs: 1_000, now: () => clock.now().getTime(), sleep: clock.sleep }),
    owner,
    policy: { ...defaultDeliveryPolicy, backoffMs: 1_000 },
  };
}

export const FLYNN_QUESTIONS: OpenQuestion[] = [
  { text: 'Has the Senate Intelligence Committee answered Kelner’s letter?', kind: 'pending', sentenceIds: [0] },
  { text: 'What would Flynn tell investigators in exchange for immunity?', kind: 'unknown', sentenceIds: [1] },
];

/**
 * Stores the Flynn story with its analysis cached under the real engine's key, with known open
 * questions, so these tests do not depend on how many questions the NLP finds today.
 */
export async function storeFlynn(store: AsyncStore): Promise<number> {
  const text = readFileSync(FLYNN_SAMPLE, 'utf8');
  const analysis = { ...analyzeArticle(text), questions: FLYNN_QUESTIONS };
  const { article } = await store.articles.add(
    { source: 'flynn-immunity.txt', title: analysis.title, text, publishedAt: '2017-03-30T12:00:00.000Z' },
    {
      analysis: { engineKey: createExtractiveEngine().key, analysis },
      entityNames: ['Michael Flynn', 'Robert Kelner'],
    },
  );
  return article.id;
}

export function ctxFor(app: NewsbriefApp, channelId = 'slack:C1'): CommandContext {
  return { channelId, userId: 'slack:U1', app };
}

/**
 * A test app on a hand-moved clock with the Flynn story stored and a recording Slack poster.
 * The caller closes `test` (afterEach).
 */
export async function flynnSchedulerSetup(startIso: string) {
  const clock = fakeClock(startIso);
  const test: TestApp = await makeTestApp({ now: clock.now });
  const articleId = await storeFlynn(test.store);
  const slack = fakePoster('slack');
  const deps = schedulerDeps(test.app, test.store, clock, [slack.poster]);
  return { test, clock, app: test.app, store: test.store, articleId, slack, deps };
}
