import { describe, expect, it } from 'vitest';
import { FAKE_BOT_USER_ID } from '../support/fake-slack-api';
import { eventually, postBrief, postedText, useSlackTestEnv } from './slack-harness';

// The bot remembers for an hour that it is in a channel. When it is removed meanwhile, the next
// /brief must not trust that: in a public channel it joins again (else thread questions go
// unheard), in a private one it answers privately and asks to be invited.
describe('Slack: the bot removed from a channel', () => {
  const env = useSlackTestEnv();
  const joinsOf = (channel: string) =>
    env.fake.callsTo('conversations.join').filter((c) => c.params.channel === channel);

  it.each([
    ['channel_left', 'CLEFT001', undefined],
    ['member_left_channel', 'CLEFT002', FAKE_BOT_USER_ID],
  ] as const)('after %s, /brief in a public channel joins it again', async (type, channel, user) => {
    env.fake.setChannel(channel, { private: false, member: false });
    await postBrief(env.slack, env.fake, env.test.store.conversations, channel);
    expect(joinsOf(channel)).toHaveLength(1);

    env.fake.setChannel(channel, { private: false, member: false });
    const removed = await env.slack.event(`Ev-${channel}`, { type, channel, ts: '1700005000.000001', text: '', user });
    expect(removed.status).toBe(200);
    await env.slack.command({ text: 'flynn', channel });

    await eventually(() => joinsOf(channel).length === 2, 'a second join');
    expect(env.fake.isMember(channel)).toBe(true);
  });

  it('another user leaving does not make the bot forget', async () => {
    await postBrief(env.slack, env.fake, env.test.store.conversations, 'CSTAY001');
    const infos = () => env.fake.callsTo('conversations.info').filter((c) => c.params.channel === 'CSTAY001');
    expect(infos()).toHaveLength(1);
    await env.slack.event('Ev-stay', {
      type: 'member_left_channel',
      channel: 'CSTAY001',
      ts: '1700005000.000002',
      text: '',
      user: 'U0000009',
    });
    await postBrief(env.slack, env.fake, env.test.store.conversations, 'CSTAY001');
    expect(infos()).toHaveLength(1);
  });

  it('after a not_in_channel failure (no event came), the next /brief asks to be invited', async () => {
    env.fake.setChannel('GGONE001', { private: true, member: true });
    await postBrief(env.slack, env.fake, env.test.store.conversations, 'GGONE001');
    env.fake.setChannel('GGONE001', { private: true, member: false });
    env.fake.failNext('chat.postMessage', { error: 'not_in_channel' });

    await env.slack.command({ text: 'flynn', channel: 'GGONE001', responseId: 'gone-1' });
    const apology = await env.fake.waitForCall('response_url', (c) => c.params.responseId === 'gone-1');
    expect(postedText(apology.params)).toContain('/invite @newsbrief');

    await env.slack.command({ text: 'flynn', channel: 'GGONE001', responseId: 'gone-2' });
    const reply = await env.fake.waitForCall('response_url', (c) => c.params.responseId === 'gone-2');
    expect(reply.params.response_type).toBe('ephemeral');
    // The brief itself, privately, with the invite note: not another failed post and an apology.
    expect(postedText(reply.params)).toMatch(/Flynn/);
    expect(postedText(reply.params)).toContain('/invite @newsbrief');
    const posts = env.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === 'GGONE001');
    expect(posts).toHaveLength(2);
  });
});
