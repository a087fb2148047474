import type { webApi } from '@slack/bolt';
import { afterAll, beforeAll } from 'vitest';
import type { NewsbriefApp } from '../../src/app/newsbrief-app';
import { loadConfig } from '../../src/config/load-config';
import { type Logger, silentLogger } from '../../src/logging/create-logger';
import { type RunningSlack, startSlack } from '../../src/platforms/slack/start-slack';
import { type FakeSlackApi, startFakeSlackApi } from '../support/fake-slack-api';
import {
  encodeForm,
  eventCallback,
  postSignedToSlack,
  type SignedPostOptions,
  type SignedPostResult,
  type SlackMessageFields,
  type SlashCommandFields,
  slashCommandForm,
} from '../support/fake-slack-requests';
import { FLYNN_SAMPLE, makeTestApp, type TestApp, type TestAppOptions } from '../support/make-test-app';

const SIGNING_SECRET = 'test-signing-secret-0123456789';

export interface SlackHarness {
  slack: RunningSlack;
  eventsUrl: string;
  command(
    fields: Omit<SlashCommandFields, 'responseUrl'> & { responseId?: string },
    post?: Partial<SignedPostOptions>,
  ): Promise<SignedPostResult>;
  event(eventId: string, fields: SlackMessageFields, post?: Partial<SignedPostOptions>): Promise<SignedPostResult>;
  /** Posts an interactivity payload (a message shortcut) as Slack does: form field `payload`. */
  interaction(payload: Record<string, unknown>): Promise<SignedPostResult>;
  stop(): Promise<void>;
}

/** The real newsbrief Slack app in HTTP mode on 127.0.0.1:0, talking to the fake Web API. */
export async function startSlackHarness(options: {
  app: NewsbriefApp;
  fake: FakeSlackApi;
  retryConfig?: webApi.RetryOptions;
  logger?: Logger;
  /** More settings (NEWSBRIEF_CHANNEL_CHANGES, SLACK_MANAGER_IDS…). */
  env?: Record<string, string>;
  /** What /healthz checks (the bot passes its store's ping). */
  healthCheck?: () => Promise<void>;
}): Promise<SlackHarness> {
  const config = loadConfig({
    ...options.env,
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_PORT: '0',
    SLACK_API_URL: options.fake.apiUrl,
  });
  const slack = await startSlack({
    config,
    app: options.app,
    logger: options.logger ?? silentLogger(),
    host: '127.0.0.1',
    retryConfig: options.retryConfig ?? { retries: 0 },
    ...(options.healthCheck ? { healthCheck: options.healthCheck } : {}),
  });
  const eventsUrl = `http://127.0.0.1:${slack.port}/slack/events`;
  return {
    slack,
    eventsUrl,
    command(fields, post = {}) {
      const form = slashCommandForm({ ...fields, responseUrl: options.fake.responseUrl(fields.responseId) });
      return postSignedToSlack(eventsUrl, encodeForm(form), 'application/x-www-form-urlencoded', {
        secret: SIGNING_SECRET,
        ...post,
      });
    },
    event(eventId, fields, post = {}) {
      // Slack delivers message events only from channels the bot is a member of.
      const isMessage = fields.type === undefined || fields.type === 'message' || fields.type === 'app_mention';
      if (isMessage && !options.fake.isMember(fields.channel ?? 'C0000001'))
        return Promise.resolve({ status: 0, body: 'not delivered: the bot is not in the channel', ms: 0 });
      return postSignedToSlack(eventsUrl, JSON.stringify(eventCallback(eventId, fields)), 'application/json', {
        secret: SIGNING_SECRET,
        ...post,
      });
    },
    interaction(payload) {
      return postSignedToSlack(
        eventsUrl,
        encodeForm({ payload: JSON.stringify(payload) }),
        'application/x-www-form-urlencoded',
        { secret: SIGNING_SECRET },
      );
    },
    stop: () => slack.stop(),
  };
}

export interface SlackTestEnv {
  fake: FakeSlackApi;
  test: TestApp;
  slack: SlackHarness;
}

/**
 * Registers beforeAll/afterAll for a describe block: a fake Web API, a test app with the Flynn
 * story (plus whatever `seed` ingests), and the real Slack app over HTTP. Fields are set once
 * beforeAll has run, so read them inside tests.
 */
export function useSlackTestEnv(
  options: {
    logger?: Logger;
    seed?: (test: TestApp) => Promise<void>;
    env?: Record<string, string>;
    fetchArticle?: TestAppOptions['fetchArticle'];
  } = {},
): SlackTestEnv {
  const env = {} as SlackTestEnv;
  beforeAll(async () => {
    env.fake = await startFakeSlackApi();
    env.test = await makeTestApp({
      articles: [FLYNN_SAMPLE],
      ...(options.fetchArticle ? { fetchArticle: options.fetchArticle } : {}),
    });
    await options.seed?.(env.test);
    env.slack = await startSlackHarness({
      app: env.test.app,
      fake: env.fake,
      logger: options.logger,
      ...(options.env ? { env: options.env } : {}),
    });
  });
  afterAll(async () => {
    await env.slack?.stop();
    await env.fake?.close();
    env.test?.close();
  });
  return env;
}

/** All text a posted message carries (blocks and fallback), for assertions. */
export function postedText(params: Record<string, any>): string {
  const parts: string[] = [String(params.text ?? '')];
  for (const block of (params.blocks ?? []) as any[]) {
    if (block.text?.text) parts.push(block.text.text);
    for (const el of block.elements ?? []) if (el.text) parts.push(el.text);
  }
  return parts.join('\n');
}

/** Waits until `check` returns a value (not undefined/false); polls briefly, no fixed sleeps. */
export async function eventually<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  what = 'condition',
): Promise<T> {
  for (let i = 0; i < 2000; i++) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Posts `/brief <query>` and resolves with the brief's ts once its thread is linked in the store. */
export async function postBrief(
  harness: SlackHarness,
  fake: FakeSlackApi,
  conversations: { articleForThread(ref: string): Promise<number | undefined> },
  channel: string,
  query = 'flynn',
): Promise<{ ts: string; articleId: number }> {
  const res = await harness.command({ text: query, channel });
  if (res.status !== 200) throw new Error(`command answered ${res.status}`);
  const post = await fake.waitForCall('chat.postMessage', (c) => c.params.channel === channel && !c.params.thread_ts);
  const ts = String(post.response?.ts);
  const articleId = await eventually(() => conversations.articleForThread(`slack:${channel}:${ts}`), 'thread link');
  return { ts, articleId };
}
