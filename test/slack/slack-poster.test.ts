import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelGoneError } from '../../src/app/channel-poster';
import type { Reply } from '../../src/app/reply';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fake-slack-api';
import { FLYNN_SAMPLE, makeTestApp, type TestApp } from '../support/make-test-app';
import { postedText, startSlackHarness, type SlackHarness } from './slack-harness';

describe('Slack channel poster (scheduler posts)', () => {
  let fake: FakeSlackApi;
  let test: TestApp;
  let slack: SlackHarness;
  const followup = (articleId: number): Reply => ({
    kind: 'followup',
    visibility: 'channel',
    title: 'Follow-up: Flynn <!here>',
    sections: [{ heading: 'Still open', style: 'numbered', items: [{ text: 'Did the committee answer Kelner?' }] }],
    threadArticleId: articleId,
  });

  beforeAll(async () => {
    fake = await startFakeSlackApi();
    test = await makeTestApp({ articles: [FLYNN_SAMPLE] });
    slack = await startSlackHarness({ app: test.app, fake });
  });
  afterAll(async () => {
    await slack?.stop();
    await fake?.close();
    test?.close();
  });

  it('posts to slack:C… channels, escaped, and links the new thread to the article', async () => {
    const articleId = test.store.articles.search('flynn', 1)[0]!.id;
    const posted = await slack.slack.poster.post('slack:CPOSTER1', followup(articleId));
    const call = await fake.waitForCall('chat.postMessage', (c) => c.params.channel === 'CPOSTER1');
    expect(posted).toEqual({ channelId: 'slack:CPOSTER1', messageRef: `slack:CPOSTER1:${call.response!.ts}`, threadRef: `slack:CPOSTER1:${call.response!.ts}` });
    expect(test.store.conversations.articleForThread(posted.threadRef)).toBe(articleId);
    expect(postedText(call.params)).not.toContain('<!here>');
    expect(slack.slack.poster.platform).toBe('slack');
  });

  it.each(['channel_not_found', 'not_in_channel', 'is_archived'])('raises ChannelGoneError for %s', async (error) => {
    fake.failNext('chat.postMessage', { error });
    const attempt = slack.slack.poster.post('slack:CGONE001', followup(1));
    await expect(attempt).rejects.toBeInstanceOf(ChannelGoneError);
    await expect(attempt).rejects.toMatchObject({ channelId: 'slack:CGONE001' });
  });

  it('passes other failures through unchanged, and rejects ids of other platforms', async () => {
    fake.failNext('chat.postMessage', { error: 'msg_too_long' });
    const attempt = slack.slack.poster.post('slack:CPOSTER2', followup(1));
    await expect(attempt).rejects.not.toBeInstanceOf(ChannelGoneError);
    await expect(attempt).rejects.toMatchObject({ data: { error: 'msg_too_long' } });
    await expect(slack.slack.poster.post('discord:123', followup(1))).rejects.toThrow(/not a Slack channel/);
  });
});
