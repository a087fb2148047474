import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FAKE_BOT_ID,
  FAKE_CHANNEL_ID,
  FAKE_GUILD_ID,
  FAKE_OTHER_BOT_ID,
  FAKE_USER_ID,
  fakeSnowflake,
} from '../support/fake-discord-ids';
import {
  botUser,
  channelMessage,
  fakeUser,
  slashCommandInteraction,
  threadChannel,
} from '../support/fake-discord-payloads';
import type { FakeDiscordServer } from '../support/fake-discord-server';
import { FLYNN_SAMPLE } from '../support/make-test-app';
import {
  briefThread,
  type DiscordHarness,
  embedText,
  expectNoMentions,
  isOriginalEdit,
  startDiscordHarness,
} from './discord-harness';

const repliesIn = (fake: FakeDiscordServer, channelId: string) =>
  fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${channelId}/messages`);

describe('Discord threads and mentions (real discord.js client, fake Discord)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-discord-'));
  const dbPath = join(dir, 'newsbrief.db');
  let h: DiscordHarness;
  let threadId: string;

  beforeAll(async () => {
    h = await startDiscordHarness({ articles: [FLYNN_SAMPLE], dbPath });
    threadId = await briefThread(h);
  });
  /** The bot's replies in the brief's thread to one message. */
  const repliesTo = (id: string) =>
    repliesIn(h.fake, threadId).filter((c) => c.body.message_reference?.message_id === id);
  /** Posts a question in the thread and waits for its answer: every earlier event has been handled. */
  const answered = async (content: string) => {
    const marker = h.fake.dispatchMessage(channelMessage({ channelId: threadId, content }));
    await h.fake.waitForCall(
      (c) => c.path === `/channels/${threadId}/messages` && c.body.message_reference?.message_id === marker.id,
    );
  };
  afterAll(async () => {
    await h.stopBot();
    await h.fake.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a message in the brief thread is answered in that thread, once, from the article', async () => {
    const question = channelMessage({ channelId: threadId, content: "Who is Flynn's attorney?" });
    h.fake.dispatchMessage(question);
    const answer = await h.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${threadId}/messages`);
    expectNoMentions(answer.body);
    expect(answer.body.message_reference?.message_id).toBe(question.id);
    // The answer and the sentence it rests on, cited.
    const shown = `${answer.body.content} ${embedText(answer.body.embeds)}`;
    expect(shown).toMatch(/Robert Kelner/);
    expect(shown).toMatch(/paragraph \d+/);

    // Redelivered (gateway replay) and a bot's message: neither is answered.
    h.fake.dispatchMessage(question);
    h.fake.dispatchMessage(
      channelMessage({
        channelId: threadId,
        content: 'I am a bot',
        author: fakeUser(FAKE_OTHER_BOT_ID, 'otherbot', true),
      }),
    );
    h.fake.dispatchMessage(channelMessage({ channelId: threadId, content: 'my own echo', author: botUser }));
    const marker = channelMessage({ channelId: threadId, content: 'Who is Flynn?' });
    h.fake.dispatchMessage(marker);
    await h.fake.waitForCall(
      (c) => c.path === `/channels/${threadId}/messages` && c.body.message_reference?.message_id === marker.id,
    );
    expect(repliesIn(h.fake, threadId)).toHaveLength(2);
  });

  it('a remark edited into a question is answered once; another edit of it is not answered again', async () => {
    const remark = h.fake.dispatchMessage(channelMessage({ channelId: threadId, content: 'Kelner is his lawyer' }));
    await answered('Who is Spicer?');
    expect(repliesTo(remark.id)).toHaveLength(0);

    // The thread is shared by these tests: a question it already answered gets "Already asked above", so each asks anew.
    h.fake.dispatchMessageEdit({ ...remark, content: "Who is Michael Flynn's attorney?" });
    const answer = await h.fake.waitForCall(
      (c) => c.path === `/channels/${threadId}/messages` && c.body.message_reference?.message_id === remark.id,
    );
    expect(`${answer.body.content} ${embedText(answer.body.embeds)}`).toMatch(/Robert Kelner/);
    h.fake.dispatchMessageEdit({ ...remark, content: "Who is Flynn's lawyer?" });
    await answered('What did Spicer say?');
    expect(repliesTo(remark.id)).toHaveLength(1);
  });

  it('an edit to a message the bot never saw (posted before it started) is read; a link preview is not', async () => {
    const reporter = fakeUser(FAKE_USER_ID, 'reporter');
    // Stored by Discord, never sent to this client: its cache has no copy to compare with.
    const remark = h.fake.state.userMessage(threadId, reporter, { content: 'Kelner is his lawyer' });
    h.fake.dispatchMessageEdit({ ...remark, guild_id: FAKE_GUILD_ID, content: 'Who is the attorney for Flynn?' });
    const answer = await h.fake.waitForCall(
      (c) => c.path === `/channels/${threadId}/messages` && c.body.message_reference?.message_id === remark.id,
    );
    expectNoMentions(answer.body);
    expect(`${answer.body.content} ${embedText(answer.body.embeds)}`).toMatch(/Robert Kelner/);

    // An update that carries only the ids (no text): the message is fetched and read as it now is.
    const bare = h.fake.state.userMessage(threadId, reporter, { content: 'What did Spicer say about Flynn?' });
    h.fake.state.messages.get(bare.id)!.edited_timestamp = new Date(0).toISOString();
    h.fake.gateway.dispatch('MESSAGE_UPDATE', {
      id: bare.id,
      channel_id: threadId,
      guild_id: FAKE_GUILD_ID,
      edited_timestamp: new Date(0).toISOString(),
    });
    await h.fake.waitForCall(
      (c) => c.path === `/channels/${threadId}/messages` && c.body.message_reference?.message_id === bare.id,
    );
    expect(h.fake.calls.some((c) => c.method === 'GET' && c.path === `/channels/${threadId}/messages/${bare.id}`)).toBe(
      true,
    );

    // Discord adding a link's preview to an unedited question it never sent: no edit, no answer.
    const linked = h.fake.state.userMessage(threadId, reporter, { content: 'Who is Spicer? https://example.org/x' });
    h.fake.gateway.dispatch('MESSAGE_UPDATE', {
      ...linked,
      guild_id: FAKE_GUILD_ID,
      embeds: [{ type: 'link', url: 'https://example.org/x', title: 'Example' }],
    });
    // The remark edited again: answered once already, not again.
    h.fake.dispatchMessageEdit({ ...remark, guild_id: FAKE_GUILD_ID, content: "Who is Flynn's lawyer?" });
    await answered('Who is Flynn?');
    expect(repliesTo(linked.id)).toHaveLength(0);
    expect(repliesTo(remark.id)).toHaveLength(1);
  });

  it('fetches no uncached message for an update it would drop anyway: a preview, or an edit that is not for it', async () => {
    const reporter = fakeUser(FAKE_USER_ID, 'reporter');
    const fetched = (id: string) => h.fake.calls.some((c) => c.method === 'GET' && c.path.endsWith(`/messages/${id}`));
    // Discord's own update (a preview resolved), sent as ids and embeds only: no edit mark, no REST call.
    const linked = h.fake.state.userMessage(threadId, reporter, { content: 'Who is Spicer? https://example.org/y' });
    h.fake.gateway.dispatch('MESSAGE_UPDATE', {
      id: linked.id,
      channel_id: threadId,
      guild_id: FAKE_GUILD_ID,
      embeds: [{ type: 'link', url: 'https://example.org/y', title: 'Example' }],
    });
    // An edit outside any thread, its text known, that does not mention the bot: never for it.
    const chat = h.fake.state.userMessage(FAKE_CHANNEL_ID, reporter, { content: 'lunch?' });
    h.fake.gateway.dispatch('MESSAGE_UPDATE', {
      id: chat.id,
      channel_id: FAKE_CHANNEL_ID,
      guild_id: FAKE_GUILD_ID,
      content: 'lunch at one?',
      edited_timestamp: new Date(0).toISOString(),
    });
    await answered('Who is Flynn?');
    expect(fetched(linked.id)).toBe(false);
    expect(fetched(chat.id)).toBe(false);
    expect(repliesTo(linked.id)).toHaveLength(0);
  });

  it('messages elsewhere that do not mention the bot are ignored; a mention posts a brief with a thread', async () => {
    const before = repliesIn(h.fake, FAKE_CHANNEL_ID).length;
    h.fake.dispatchMessage(channelMessage({ content: 'flynn news anyone?' }));
    const mention = channelMessage({ content: `<@${FAKE_BOT_ID}> flynn`, mentions: [botUser] });
    h.fake.dispatchMessage(mention);
    const brief = await h.fake.waitForCall(
      (c) => c.path === `/channels/${FAKE_CHANNEL_ID}/messages` && c.body.message_reference?.message_id === mention.id,
    );
    expect(repliesIn(h.fake, FAKE_CHANNEL_ID)).toHaveLength(before + 1);
    expectNoMentions(brief.body);
    expect(embedText(brief.body.embeds)).toMatch(/Spicer/);
    const postedId = [...h.fake.state.messages.values()].find(
      (m) => m.channel_id === FAKE_CHANNEL_ID && JSON.stringify(m.embeds) === JSON.stringify(brief.body.embeds),
    )!.id;
    await h.fake.waitForCall((c) => c.path === `/channels/${FAKE_CHANNEL_ID}/messages/${postedId}/threads`);
    expect(await h.testApp.store.conversations.articleForThread(`discord:${postedId}`)).toBeTypeOf('number');
  });

  it('a question to the bot in a thread that is no brief gets one short reply, never a brief; thanks get nothing', async () => {
    // A colleague's thread, off a message of theirs: no brief started it.
    const colleagues = fakeSnowflake();
    h.fake.state.channels.add(colleagues);
    h.fake.gateway.dispatch('THREAD_CREATE', {
      ...threadChannel({ id: colleagues, parent_id: FAKE_CHANNEL_ID, name: 'ferry chat' }),
      owner_id: FAKE_USER_ID,
      newly_created: true,
    });
    const asked = channelMessage({
      channelId: colleagues,
      content: `<@${FAKE_BOT_ID}> what did Spicer say?`,
      mentions: [botUser],
    });
    h.fake.dispatchMessage(asked);
    const reply = await h.fake.waitForCall(
      (c) => c.path === `/channels/${colleagues}/messages` && c.body.message_reference?.message_id === asked.id,
    );
    expectNoMentions(reply.body);
    const shown = `${reply.body.content} ${embedText(reply.body.embeds)}`;
    expect(shown).toContain('Which story?');
    expect(shown).toMatch(/#\d+ what did Spicer say\?/);
    expect(await h.testApp.store.conversations.articleForThread(`discord:${colleagues}`)).toBeUndefined();

    // Thanks said to the bot (top level) ask for nothing; a greeting gets one line on how to start.
    const before = repliesIn(h.fake, FAKE_CHANNEL_ID).length;
    h.fake.dispatchMessage(channelMessage({ content: `<@${FAKE_BOT_ID}> thanks!`, mentions: [botUser] }));
    const hello = h.fake.dispatchMessage(channelMessage({ content: `<@${FAKE_BOT_ID}> hello`, mentions: [botUser] }));
    const hint = await h.fake.waitForCall(
      (c) => c.path === `/channels/${FAKE_CHANNEL_ID}/messages` && c.body.message_reference?.message_id === hello.id,
    );
    expectNoMentions(hint.body);
    expect(`${hint.body.content} ${embedText(hint.body.embeds)}`).toContain('/brief help');
    expect(repliesIn(h.fake, FAKE_CHANNEL_ID)).toHaveLength(before + 1);
    expect(repliesIn(h.fake, colleagues)).toHaveLength(1);
  });

  it('a question about the bot gets the help: the whole help outside a brief, a short form in its thread', async () => {
    const asked = h.fake.dispatchMessage(
      channelMessage({ content: `<@${FAKE_BOT_ID}> what can you do?`, mentions: [botUser] }),
    );
    const help = await h.fake.waitForCall(
      (c) => c.path === `/channels/${FAKE_CHANNEL_ID}/messages` && c.body.message_reference?.message_id === asked.id,
    );
    expectNoMentions(help.body);
    expect(`${help.body.content} ${embedText(help.body.embeds)}`).toContain('/brief follow');
    const articleId = await h.testApp.store.conversations.articleForThread(`discord:${threadId}`);
    for (const content of [`<@${FAKE_BOT_ID}> how do I use you?`, 'what can you do?']) {
      const message = h.fake.dispatchMessage(
        channelMessage({ channelId: threadId, content, ...(content.startsWith('<@') ? { mentions: [botUser] } : {}) }),
      );
      const reply = await h.fake.waitForCall(
        (c) => c.path === `/channels/${threadId}/messages` && c.body.message_reference?.message_id === message.id,
      );
      expectNoMentions(reply.body);
      const shown = `${reply.body.content} ${embedText(reply.body.embeds)}`;
      expect(shown, content).toContain(`story #${articleId}`);
      expect(shown, content).toContain('/brief help');
      expect(shown, content).not.toMatch(/doesn't say|does not say/);
    }
  });

  it('/brief story with a question naming a story id answers from that story', async () => {
    const articleId = await h.testApp.store.conversations.articleForThread(`discord:${threadId}`);
    const interaction = h.fake.dispatchInteraction(
      slashCommandInteraction({ subcommand: 'story', options: { query: `who is Flynn’s attorney in #${articleId}?` } }),
    );
    const edit = await h.fake.waitForCall((c) => isOriginalEdit(c, interaction.token));
    expectNoMentions(edit.body);
    const shown = `${edit.body.content} ${embedText(edit.body.embeds)}`;
    expect(shown).toMatch(/Robert Kelner/);
    expect(shown).toContain(`From story #${articleId}.`);
  });

  it('after a restart on the same database, the old thread still answers and old messages stay answered', async () => {
    const answered = channelMessage({ channelId: threadId, content: 'Did Flynn ask for immunity?' });
    h.fake.dispatchMessage(answered);
    await h.fake.waitForCall(
      (c) => c.path === `/channels/${threadId}/messages` && c.body.message_reference?.message_id === answered.id,
    );
    await h.stopBot();

    h = await startDiscordHarness({ fake: h.fake, dbPath });
    expect(h.fake.gateway.record.identifies).toHaveLength(2);
    h.fake.dispatchMessage(answered); // replayed after the restart: already handled
    const question = channelMessage({ channelId: threadId, content: 'What did Spicer say about Flynn testifying?' });
    h.fake.dispatchMessage(question);
    const answer = await h.fake.waitForCall(
      (c) => c.path === `/channels/${threadId}/messages` && c.body.message_reference?.message_id === question.id,
    );
    expect(embedText(answer.body.embeds)).toMatch(/should go testify/);
    expect(
      repliesIn(h.fake, threadId).filter((c) => c.body.message_reference?.message_id === answered.id),
    ).toHaveLength(1);
  });
});
