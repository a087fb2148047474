import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticleFetcher } from '../../src/ingest/fetch-article';
import { silentLogger } from '../../src/logging/create-logger';
import { type LocalServer, startLocalServer } from '../ingest/local-http-server';
import { FAKE_TEAM_ID } from '../support/fake-slack-api';
import { eventually, postBrief, postedText, useSlackTestEnv } from './slack-harness';

const STORY_PATH = '/news/council-road-budget-vote';
const page = readFileSync(join(import.meta.dirname, '../ingest/fixtures/council-budget.html'), 'utf8');
let site: LocalServer;
beforeAll(async () => {
  site = await startLocalServer({
    [STORY_PATH]: (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page),
  });
});
afterAll(() => site.close());

describe('Slack: what users expect', () => {
  const env = useSlackTestEnv({
    // Loopback is refused by the safe fetch unless allowed, as NEWSBRIEF_FETCH_ALLOW_PRIVATE does.
    fetchArticle: (url) => createArticleFetcher({ fetchOptions: { allowPrivate: true }, logger: silentLogger() })(url),
    env: { SLACK_MANAGER_IDS: 'UEDITOR1' },
  });
  const answersIn = (channel: string, threadTs: string) =>
    env.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === channel && c.params.thread_ts === threadTs);

  it('joins a public channel it is not in on /brief, so replies in the brief thread reach it', async () => {
    env.fake.setChannel('CNOTIN01', { private: false, member: false });
    // Before joining, Slack would not deliver the channel's messages at all.
    const early = await env.slack.event('EvEarly1', { channel: 'CNOTIN01', ts: '1700002000.000001', text: 'hello' });
    expect(early.status).toBe(0);

    const { ts } = await postBrief(env.slack, env.fake, env.test.store.conversations, 'CNOTIN01');
    const join = env.fake.callsTo('conversations.join').find((c) => c.params.channel === 'CNOTIN01');
    expect(join).toBeDefined();
    expect(env.fake.isMember('CNOTIN01')).toBe(true);

    const asked = await env.slack.event('EvJoined1', {
      channel: 'CNOTIN01',
      ts: '1700002000.000002',
      threadTs: ts,
      text: 'Who is Flynn’s attorney?',
    });
    expect(asked.status).toBe(200);
    const answer = await env.fake.waitForCall(
      'chat.postMessage',
      (c) => c.params.channel === 'CNOTIN01' && c.params.thread_ts === ts,
    );
    expect(postedText(answer.params)).toMatch(/Kelner/);
  });

  it('does not join a channel it is already in', async () => {
    await postBrief(env.slack, env.fake, env.test.store.conversations, 'CMEMBER1');
    expect(env.fake.callsTo('conversations.join').filter((c) => c.params.channel === 'CMEMBER1')).toEqual([]);
  });

  it('in a private channel it is not in, answers privately and asks to be invited', async () => {
    env.fake.setChannel('GPRIVAT1', { private: true, member: false });
    await env.slack.command({ text: 'flynn', channel: 'GPRIVAT1', responseId: 'private-brief' });
    const reply = await env.fake.waitForCall('response_url', (c) => c.params.responseId === 'private-brief');
    expect(reply.params.response_type).toBe('ephemeral');
    const text = postedText(reply.params);
    expect(text).toContain('/invite @newsbrief');
    expect(text).toMatch(/Flynn/);
    expect(env.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === 'GPRIVAT1')).toEqual([]);
    expect(env.fake.callsTo('conversations.join').filter((c) => c.params.channel === 'GPRIVAT1')).toEqual([]);
  });

  it('answers in a brief thread only what is a question; "/breif", chatter and remarks are not', async () => {
    const { ts } = await postBrief(env.slack, env.fake, env.test.store.conversations, 'CCHATTER');
    await env.slack.event('EvChat01', { channel: 'CCHATTER', ts: '1700003000.000001', threadTs: ts, text: 'thanks!' });
    await env.slack.event('EvChat02', {
      channel: 'CCHATTER',
      ts: '1700003000.000002',
      threadTs: ts,
      text: '/breif flynn',
    });
    // ux30: a remark to colleagues that is no question, as the console test has (issue 12).
    await env.slack.event('EvChat04', {
      channel: 'CCHATTER',
      ts: '1700003000.000004',
      threadTs: ts,
      text: 'worth a call to Kelner tomorrow',
    });
    await env.slack.event('EvChat03', {
      channel: 'CCHATTER',
      ts: '1700003000.000003',
      threadTs: ts,
      text: 'What did Spicer say?',
    });
    await eventually(() => answersIn('CCHATTER', ts).length >= 1, 'the answer to the question');
    const answers = answersIn('CCHATTER', ts);
    expect(answers).toHaveLength(1);
    expect(postedText(answers[0]!.params)).toMatch(/Spicer/);
    // Not claimed either: the chatter is not marked handled, the question is.
    expect(await env.test.store.conversations.markEventHandled('slack:message:CCHATTER:1700003000.000001')).toBe(true);
    expect(await env.test.store.conversations.markEventHandled('slack:message:CCHATTER:1700003000.000003')).toBe(false);
    expect(await env.test.store.conversations.markEventHandled('slack:message:CCHATTER:1700003000.000004')).toBe(true);
  });

  it('"Brief this article" on a message with a link: fetches, stores and posts the brief in that message’s thread', async () => {
    const messageTs = '1700004000.000100';
    const res = await env.slack.interaction({
      type: 'message_action',
      token: 'deprecated-verification-token',
      action_ts: '1700004001.000000',
      team: { id: FAKE_TEAM_ID, domain: 'fakenews' },
      user: { id: 'U0000005', username: 'editor', name: 'editor', team_id: FAKE_TEAM_ID },
      channel: { id: 'CSHORTCT', name: 'newsdesk' },
      is_enterprise_install: false,
      enterprise: null,
      callback_id: 'brief_this_article',
      trigger_id: '2.3.4',
      response_url: env.fake.responseUrl('shortcut'),
      message_ts: messageTs,
      message: {
        type: 'message',
        user: 'U0000003',
        ts: messageTs,
        text: `Have you seen this? <${site.origin}${STORY_PATH}|the council story>`,
      },
    });
    expect(res.status).toBe(200);
    const brief = await env.fake.waitForCall('chat.postMessage', (c) => c.params.channel === 'CSHORTCT');
    expect(brief.params.thread_ts).toBe(messageTs);
    expect(postedText(brief.params)).toMatch(/Council approves £42m road repair budget/);
    expect(site.requests.map((r) => r.path)).toContain(STORY_PATH);
    const articleId = await eventually(
      () => env.test.store.conversations.articleForThread(`slack:CSHORTCT:${messageTs}`),
      'thread link',
    );
    expect((await env.test.store.articles.get(articleId))?.title).toMatch(/Council approves/);
  });

  it('"Brief this article" on a message without a link says so, privately', async () => {
    await env.slack.interaction({
      type: 'message_action',
      team: { id: FAKE_TEAM_ID, domain: 'fakenews' },
      user: { id: 'U0000005', username: 'editor', name: 'editor', team_id: FAKE_TEAM_ID },
      channel: { id: 'CSHORTC2', name: 'newsdesk' },
      callback_id: 'brief_this_article',
      trigger_id: '2.3.5',
      response_url: env.fake.responseUrl('no-link'),
      message_ts: '1700004100.000100',
      message: { type: 'message', user: 'U0000003', ts: '1700004100.000100', text: 'no link here' },
    });
    const reply = await env.fake.waitForCall('response_url', (c) => c.params.responseId === 'no-link');
    expect(reply.params.response_type).toBe('ephemeral');
    expect(postedText(reply.params)).toMatch(/no link/);
  });

  it('lets workspace admins and SLACK_MANAGER_IDS change schedules; others get a private refusal', async () => {
    await env.slack.command({ text: 'follow flynn', channel: 'CPERMS01', user: 'UREADER1', responseId: 'reader' });
    const refusal = await env.fake.waitForCall('response_url', (c) => c.params.responseId === 'reader');
    expect(refusal.params.response_type).toBe('ephemeral');
    expect(postedText(refusal.params)).toMatch(/Only members who can manage this channel/);
    expect(await env.test.store.schedules.list({ channelId: 'slack:CPERMS01' })).toEqual([]);

    env.fake.setAdmin('UADMIN01');
    await env.slack.command({ text: 'follow flynn', channel: 'CPERMS01', user: 'UADMIN01' });
    await env.slack.command({ text: 'digest 17:00', channel: 'CPERMS01', user: 'UEDITOR1' });
    await eventually(
      async () => (await env.test.store.schedules.list({ channelId: 'slack:CPERMS01' })).length === 2,
      'both schedules',
    );
    // A plain brief never needs the lookup.
    const lookups = env.fake.callsTo('users.info').length;
    await postBrief(env.slack, env.fake, env.test.store.conversations, 'CPERMS02');
    expect(env.fake.callsTo('users.info')).toHaveLength(lookups);
  });
});
