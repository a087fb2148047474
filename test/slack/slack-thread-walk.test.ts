import { describe, expect, it } from 'vitest';
import { FAKE_BOT_USER_ID } from '../support/fake-slack-api';
import { eventually, postBrief, postedText, useSlackTestEnv } from './slack-harness';

/** A colleague in the newsroom, named in notes to them. */
const COLLEAGUE = 'U0COLLEAG1';
/** Any live ping Slack would turn into a notification: a user, a channel-wide one, a user group. */
const PING = /<[@!#]|<!subteam|@(?:channel|here|everyone)\b/;

describe('Slack: a newsroom thread under a brief, walked as a user would', () => {
  const env = useSlackTestEnv();
  const answersIn = (channel: string, threadTs: string) =>
    env.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === channel && c.params.thread_ts === threadTs);

  it('notes, thanks and messages to colleagues get no reply; each question one reply that cannot ping', async () => {
    const { ts } = await postBrief(env.slack, env.fake, env.test.store.conversations, 'CWALK001');
    const say = (n: number, text: string) =>
      env.slack.event(`EvWalk${n}`, { channel: 'CWALK001', ts: `1700005000.00000${n}`, threadTs: ts, text });
    await say(1, 'thanks!');
    await say(2, 'worth a call tomorrow');
    await say(3, `<@${COLLEAGUE}> can you chase Kelner on this?`);
    await say(4, `<@${COLLEAGUE}> worth a look before the 6pm meeting`);
    await say(5, 'great work team, nice one');
    // A question carrying a channel-wide ping after it: answered, and the answer carries no ping of its own.
    await say(6, "who is Flynn's attorney? <!here>");
    await eventually(() => answersIn('CWALK001', ts).length >= 1, 'the answer to the question');
    await say(7, 'What did Spicer say?');
    await eventually(() => answersIn('CWALK001', ts).length >= 2, 'the answer to the second question');
    const answers = answersIn('CWALK001', ts);
    expect(answers).toHaveLength(2);
    expect(postedText(answers[0]!.params)).toMatch(/Kelner/);
    expect(postedText(answers[1]!.params)).toMatch(/Spicer/);
    for (const { params } of answers) {
      expect(postedText(params)).not.toMatch(PING);
      expect(params.link_names).toBeFalsy();
    }
    // Said to the bot, a colleague's note is still not a question for it; the only replies are the two answers.
    await env.slack.event('EvWalk8', {
      type: 'app_mention',
      channel: 'CWALK001',
      ts: '1700005000.000008',
      threadTs: ts,
      text: `<@${FAKE_BOT_USER_ID}> who chairs the committee? <@${COLLEAGUE}>`,
    });
    await eventually(() => answersIn('CWALK001', ts).length >= 3, 'the reply to the mention');
    expect(postedText(answersIn('CWALK001', ts)[2]!.params)).not.toMatch(PING);
    expect(env.fake.callsTo('chat.postEphemeral').filter((c) => c.params.channel === 'CWALK001')).toHaveLength(0);
  });
});
