import { FAKE_BOT_USER_ID } from '../support/fake-slack-api';
import { postBrief, type SlackTestEnv } from './slack-harness';

/** What thread tests look for: answers in a thread, a mention of the bot, and proof earlier deliveries were handled. */
export function threadProbes(env: SlackTestEnv) {
  const answersIn = (channel: string, threadTs: string) =>
    env.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === channel && c.params.thread_ts === threadTs);

  /** `@newsbrief <words>` posted in a channel (in a thread when threadTs is given). */
  const mentionBot = (eventId: string, at: { channel: string; ts: string; threadTs?: string }, words: string) =>
    env.slack.event(eventId, { ...at, type: 'app_mention', text: `<@${FAKE_BOT_USER_ID}> ${words}` });

  /**
   * Proof that earlier deliveries were processed: a later question in another brief's thread.
   * Duplicates are claimed in the store as they arrive, so once this is answered, any duplicate
   * that slipped through would already be answering too.
   */
  let sentinelTs = '';
  let sentinels = 0;
  async function sentinel() {
    if (!sentinelTs) sentinelTs = (await postBrief(env.slack, env.fake, env.test.store.conversations, 'CSENTINL')).ts;
    sentinels += 1;
    const ts = `1700000900.${String(sentinels).padStart(6, '0')}`;
    await env.slack.event(`EvSentinel${sentinels}`, {
      channel: 'CSENTINL',
      ts,
      threadTs: sentinelTs,
      text: 'Who is Robert Kelner?',
    });
    await env.fake.waitForCall('chat.postMessage', () => answersIn('CSENTINL', sentinelTs).length >= sentinels);
  }

  return { answersIn, mentionBot, sentinel };
}
