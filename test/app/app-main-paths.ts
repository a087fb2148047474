import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnalysisEngine } from '../../src/app/analysis-engine';
import type { PostedMessage } from '../../src/app/channel-poster';
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import { createExtractiveEngine } from '../../src/app/extractive-engine';
import type { NewsbriefApp } from '../../src/app/newsbrief-app';
import type { Reply } from '../../src/app/reply';
import type { ChatTurn, TurnResponder } from '../../src/chat/chat-turn';
import { dispatchChatTurn } from '../../src/chat/dispatch-chat-turn';
import { startFeedPoller } from '../../src/ingest/feed-poller';
import { createSafeFetch } from '../../src/ingest/safe-fetch';
import { silentLogger } from '../../src/logging/create-logger';
import { runDueSlots } from '../../src/scheduler/run-due-slots';
import type { AsyncStore } from '../../src/store/async/async-store';
import { rssFeed, storyPage } from '../ingest/feed-fixtures';
import { type LocalServer, startLocalServer } from '../ingest/local-http-server';
import { fakeClock, fakePoster, replyText, schedulerDeps } from '../scheduler/scheduler-fixture';
import { FLYNN_SAMPLE } from '../support/make-test-app';

/** Opens stores for one test: `fresh` an empty one, `peer` a second connection to it (another replica). */
export interface AppStoreFactory {
  fresh(options: { now: () => Date }): Promise<AsyncStore>;
  peer(options: { now: () => Date }): Promise<AsyncStore>;
}

interface Replica {
  store: AsyncStore;
  app: NewsbriefApp;
}

/**
 * The app's main paths on a store, with two replicas (two apps, two connections) sharing it:
 * a brief and its thread answer, an event delivered to both answered once, a scheduled slot
 * posted once, and feed items stored once.
 */
export function describeAppMainPaths(name: string, factory: AppStoreFactory): void {
  describe(`the app on ${name}`, () => {
    const open: AsyncStore[] = [];
    const servers: LocalServer[] = [];
    afterEach(async () => {
      for (const server of servers.splice(0)) await server.close();
      for (const store of open.splice(0).reverse()) await store.close();
    });

    async function replicas(now: () => Date): Promise<[Replica, Replica]> {
      const first = await factory.fresh({ now });
      const second = await factory.peer({ now });
      open.push(first, second);
      const replica = (store: AsyncStore) => ({
        store,
        app: createNewsbriefApp({ store, logger: silentLogger(), now }),
      });
      return [replica(first), replica(second)];
    }

    async function ingestFlynn(app: NewsbriefApp): Promise<number> {
      const text = readFileSync(FLYNN_SAMPLE, 'utf8');
      const { article } = await app.ingest({ source: basename(FLYNN_SAMPLE), title: text.split('\n', 1)[0]!, text });
      return article.id;
    }

    it('briefs a story, links its thread, answers a question in the thread, and ignores a redelivery', async () => {
      const clock = fakeClock('2026-03-02T09:00:00Z');
      const [a] = await replicas(clock.now);
      const articleId = await ingestFlynn(a.app);
      const chat = recordingResponder();
      await dispatchChatTurn(a.app, turn({ kind: 'command', text: 'flynn', eventKeys: ['e:1'] }), chat.responder);
      expect(chat.posted).toHaveLength(1);
      expect(chat.posted[0]!.threadArticleId).toBe(articleId);
      expect(replyText(chat.posted[0]!)).toMatch(/Spicer/);
      expect(await a.app.conversations.articleForThread('test:C1:1')).toBe(articleId);

      const question = turn({
        kind: 'thread',
        text: "Who is Flynn's attorney?",
        threadRef: 'test:C1:1',
        eventKeys: ['e:2'],
      });
      await dispatchChatTurn(a.app, question, chat.responder);
      expect(chat.posted).toHaveLength(2);
      expect(replyText(chat.posted[1]!)).toMatch(/Robert Kelner/);
      await dispatchChatTurn(a.app, question, chat.responder);
      expect(chat.posted).toHaveLength(2);
    });

    it('says a pasted duplicate is already stored without analysing it again', async () => {
      const clock = fakeClock('2026-03-02T09:00:00Z');
      const store = await factory.fresh({ now: clock.now });
      open.push(store);
      // The real extractive engine, counted from outside: the app is given it as its ingest engine.
      const extractive = createExtractiveEngine();
      let analysed = 0;
      const ingestEngine: AnalysisEngine = {
        key: extractive.key,
        label: extractive.label,
        analyze: (text, meta) => {
          analysed++;
          return extractive.analyze(text, meta);
        },
        answer: (analysis, question, text) => extractive.answer(analysis, question, text),
      };
      const app = createNewsbriefApp({ store, logger: silentLogger(), now: clock.now, ingestEngine });
      const text = readFileSync(FLYNN_SAMPLE, 'utf8');
      const first = await app.addArticle(text, 'U1');
      expect(first.message).toMatch(/^Added: /);
      expect(analysed).toBe(1);
      // Re-saved with other line endings and spacing: the same content to the store.
      const again = await app.addArticle(`${text.replaceAll('\n', '\r\n')}  `, 'U2');
      expect(again.message).toMatch(new RegExp(`^Already stored as #${first.articleIds[0]}: “`));
      expect(again.articleIds).toEqual(first.articleIds);
      expect(analysed).toBe(1);
      expect(await store.articles.count()).toBe(1);
    });

    it('answers an event delivered to two replicas at once exactly once', async () => {
      const clock = fakeClock('2026-03-02T09:00:00Z');
      const [a, b] = await replicas(clock.now);
      await ingestFlynn(a.app);
      const chat = recordingResponder();
      // A Slack retry reaching the other replica carries the same keys; the `message` twin of an
      // `app_mention` has a key in common with it.
      for (let i = 0; i < 5; i++) {
        const keys = [`ev:${i}`, `ts:${i}`];
        await Promise.all([
          dispatchChatTurn(a.app, turn({ kind: 'command', text: 'flynn', eventKeys: keys }), chat.responder),
          dispatchChatTurn(b.app, turn({ kind: 'command', text: 'flynn', eventKeys: keys }), chat.responder),
          dispatchChatTurn(
            b.app,
            turn({ kind: 'command', text: 'flynn', eventKeys: [`msg:${i}`, `ts:${i}`] }),
            chat.responder,
          ),
        ]);
      }
      expect(chat.posted).toHaveLength(5);
    });

    it('posts a due scheduled slot once when two replicas sweep it together', async () => {
      const clock = fakeClock('2026-03-02T09:00:30Z');
      const [a, b] = await replicas(clock.now);
      await ingestFlynn(a.app);
      const schedule = await a.store.schedules.create({
        channelId: 'slack:C1',
        kind: 'digest',
        time: '09:00',
        timezone: 'UTC',
        createdAt: '2026-03-01T12:00:00.000Z',
      });
      const slack = fakePoster('slack');
      const outcomes = await Promise.all(
        [a, b].map((r, i) =>
          runDueSlots(schedulerDeps(r.app, r.store, clock, [slack.poster], `replica-${i}`), {
            at: clock.now().getTime(),
            catchupHours: 6,
          }),
        ),
      );
      expect(slack.posts).toHaveLength(1);
      expect(slack.posts[0]!.text).toMatch(/Daily digest/);
      expect(outcomes.flat().filter((o) => o.status === 'delivered')).toHaveLength(1);
      expect(await b.store.schedules.getClaim(schedule.id, '2026-03-02T09:00:00.000Z')).toMatchObject({
        state: 'delivered',
        attempts: 1,
      });
    });

    it('stores each feed item once when two replicas poll the same feed at the same moment', async () => {
      const clock = fakeClock('2026-03-15T08:00:00Z');
      const [a, b] = await replicas(clock.now);
      const page = (title: string) => (_q: unknown, res: import('node:http').ServerResponse) =>
        res.writeHead(200, { 'content-type': 'text/html' }).end(storyPage(title, `${title}, officials said.`));
      const server = await startLocalServer({
        '/rss.xml': (_q, res) =>
          res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed(server.origin)),
        '/stories/bridge': page('Bridge closure extended to April'),
        '/stories/school-meals': page('School meals contract goes to tender'),
      });
      servers.push(server);
      await a.app.feeds.subscribe({ url: `${server.origin}/rss.xml`, channelId: 'slack:C1', addedBy: 'U1' });
      await b.app.feeds.subscribe({ url: `${server.origin}/rss.xml`, channelId: 'slack:C2', addedBy: 'U2' });
      const pollers = [a, b].map((r) =>
        startFeedPoller({
          store: r.store,
          ingest: r.app.ingest,
          logger: silentLogger(),
          now: clock.now,
          intervalMinutes: 15,
          pollOnStart: false,
          checkEveryMs: 3_600_000,
          fetcher: createSafeFetch({ allowPrivate: true }),
        }),
      );
      try {
        const results = (await Promise.all(pollers.map((p) => p.pollNow()))).flat();
        // The feed was leased to one replica: fetched once, its items stored once.
        expect(results).toHaveLength(1);
        expect(server.requests.filter((r) => r.path === '/rss.xml')).toHaveLength(1);
        const stored = await a.store.articles.count();
        expect(stored).toBe(results[0]!.ingested);
        expect(stored).toBeGreaterThanOrEqual(3);
        // Both channels' digests announce what came in.
        const since = '2026-03-15T00:00:00.000Z';
        expect(await b.store.feeds.newItemsSince('slack:C1', since)).toHaveLength(stored);
        expect(await b.store.feeds.newItemsSince('slack:C2', since)).toHaveLength(stored);
        // Polled again once due, nothing is stored twice.
        clock.advance(16 * 60_000);
        await Promise.all(pollers.map((p) => p.pollNow()));
        expect(await a.store.articles.count()).toBe(stored);
      } finally {
        for (const poller of pollers) await poller.stop();
      }
    });
  });
}

function turn(fields: Pick<ChatTurn, 'kind' | 'text' | 'eventKeys'> & Partial<ChatTurn>): ChatTurn {
  return { platform: 'console', channelId: 'console:C1', userId: 'console:U1', log: silentLogger(), ...fields };
}

/** A platform stand-in for chat turns: records what was posted; each post opens thread test:C1:<n>. */
function recordingResponder(): { responder: TurnResponder; posted: Reply[] } {
  const posted: Reply[] = [];
  const responder: TurnResponder = {
    async post(reply): Promise<PostedMessage> {
      posted.push(reply);
      const ref = `test:C1:${posted.length}`;
      return { channelId: 'console:C1', messageRef: ref, threadRef: ref };
    },
    async postPrivately(reply) {
      posted.push(reply);
    },
    apology: () => 'sorry',
    describeError: (error) => ({ message: String(error) }),
  };
  return { responder, posted };
}
