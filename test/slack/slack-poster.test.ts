import { describe, expect, it } from 'vitest';
import { ChannelGoneError } from '../../src/app/channel-poster';
import type { Reply } from '../../src/app/reply';
import { postedText, useSlackTestEnv } from './slack-harness';

describe('Slack channel poster (scheduler posts)', () => {
  const env = useSlackTestEnv();
  const followup = (articleId: number): Reply => ({
    kind: 'followup',
    visibility: 'channel',
    title: 'Follow-up: Flynn <!here>',
    sections: [{ heading: 'Still open', style: 'numbered', items: [{ text: 'Did the committee answer Kelner?' }] }],
    threadArticleId: articleId,
  });

  it('posts to slack:C… channels, escaped, and says which thread to link (the scheduler links it)', async () => {
    const articleId = (await env.test.store.articles.search('flynn', 1))[0]!.id;
    const posted = await env.slack.slack.poster.post('slack:CPOSTER1', followup(articleId));
    const call = await env.fake.waitForCall('chat.postMessage', (c) => c.params.channel === 'CPOSTER1');
    expect(posted).toEqual({
      channelId: 'slack:CPOSTER1',
      messageRef: `slack:CPOSTER1:${call.response!.ts}`,
      threadRef: `slack:CPOSTER1:${call.response!.ts}`,
    });
    // Linking is the scheduler's (deliverClaimedSlot) and the dispatcher's job, done once, not the poster's.
    expect(await env.test.store.conversations.articleForThread(posted.threadRef)).toBeUndefined();
    expect(postedText(call.params)).not.toContain('<!here>');
    expect(env.slack.slack.poster.platform).toBe('slack');
  });

  it.each(['channel_not_found', 'not_in_channel', 'is_archived'])('raises ChannelGoneError for %s', async (error) => {
    env.fake.failNext('chat.postMessage', { error });
    const attempt = env.slack.slack.poster.post('slack:CGONE001', followup(1));
    await expect(attempt).rejects.toBeInstanceOf(ChannelGoneError);
    await expect(attempt).rejects.toMatchObject({ channelId: 'slack:CGONE001' });
  });

  it('passes other failures through unchanged, and rejects ids of other platforms', async () => {
    env.fake.failNext('chat.postMessage', { error: 'msg_too_long' });
    const attempt = env.slack.slack.poster.post('slack:CPOSTER2', followup(1));
    await expect(attempt).rejects.not.toBeInstanceOf(ChannelGoneError);
    await expect(attempt).rejects.toMatchObject({ data: { error: 'msg_too_long' } });
    await expect(env.slack.slack.poster.post('discord:123', followup(1))).rejects.toThrow(/not a Slack channel/);
  });
});
