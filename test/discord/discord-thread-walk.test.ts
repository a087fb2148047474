import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_BOT_ID, fakeSnowflake } from '../support/fake-discord-ids';
import { botUser, channelMessage, fakeUser } from '../support/fake-discord-payloads';
import { FLYNN_SAMPLE } from '../support/make-test-app';
import { briefThread, type DiscordHarness, embedText, expectNoMentions, startDiscordHarness } from './discord-harness';

/** A colleague in the newsroom, named in notes to them. */
const colleague = fakeUser(fakeSnowflake(), 'sam', false);

describe('Discord: a newsroom thread under a brief, walked as a user would', () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await startDiscordHarness({ articles: [FLYNN_SAMPLE] });
  });
  afterAll(async () => {
    await h.stopBot();
    await h.fake.stop();
  });

  it('notes, thanks and messages to colleagues get no reply; each question one reply that cannot ping', async () => {
    const threadId = await briefThread(h);
    const replies = () =>
      h.fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${threadId}/messages`);
    const post = (content: string, mentions: (typeof colleague)[] = []) =>
      h.fake.dispatchMessage(channelMessage({ channelId: threadId, content, mentions }));
    const answerTo = (message: { id: string }) =>
      h.fake.waitForCall(
        (c) =>
          c.method === 'POST' &&
          c.path === `/channels/${threadId}/messages` &&
          c.body.message_reference?.message_id === message.id,
      );

    post('thanks!');
    post('worth a call tomorrow');
    post(`<@${colleague.id}> can you chase Kelner on this?`, [colleague]);
    post(`<@${colleague.id}> worth a look before the 6pm meeting`, [colleague]);
    post('great work team, nice one');
    // A question to the whole channel: the bot is one of those asked; its answer pings nobody.
    const everyone = post("@everyone who is Flynn's attorney?");
    const first = await answerTo(everyone);
    const spicer = post('What did Spicer say?');
    const second = await answerTo(spicer);
    expect(`${first.body.content} ${embedText(first.body.embeds)}`).toMatch(/Kelner/);
    expect(`${second.body.content} ${embedText(second.body.embeds)}`).toMatch(/Spicer/);
    for (const reply of [first, second]) expectNoMentions(reply.body);
    // Said to the bot, with a colleague named too: answered once, still without a ping.
    const mention = post(`<@${FAKE_BOT_ID}> who chairs the committee? <@${colleague.id}>`, [botUser, colleague]);
    expectNoMentions((await answerTo(mention)).body);
    expect(replies()).toHaveLength(3);
  });
});
