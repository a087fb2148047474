import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_CHANNEL_ID, fakeSnowflake } from '../support/fake-discord-ids';
import { channelMessage, slashCommandInteraction, threadChannel } from '../support/fake-discord-payloads';
import { FakeDiscordServer } from '../support/fake-discord-server';
import { FLYNN_SAMPLE } from '../support/make-test-app';
import { type DiscordHarness, embedText, isOriginalEdit, startDiscordHarness } from './discord-harness';

const FERRY_SAMPLE = join(import.meta.dirname, '../../samples/harbour-ferry-contract.txt');
const FINANCE_QUESTION = 'Who chairs the finance committee?';

/** `/brief` run inside a thread (a brief's own thread, or a forum post) makes that thread about its story. */
describe('Discord /brief inside a thread (real discord.js client, fake Discord)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-discord-'));
  // A thread that exists before the bot starts and that no brief ever linked, as every forum post is.
  const forumPost = { id: fakeSnowflake(), parent_id: FAKE_CHANNEL_ID, name: 'ferry talk' };
  let h: DiscordHarness;

  beforeAll(async () => {
    const fake = await FakeDiscordServer.start();
    fake.state.threads.push(forumPost);
    fake.state.channels.add(forumPost.id);
    h = await startDiscordHarness({ fake, articles: [FLYNN_SAMPLE, FERRY_SAMPLE], dbPath: join(dir, 'nb.db') });
  });
  afterAll(async () => {
    await h.stopBot();
    await h.fake.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Runs `/brief story <query>` in a channel (a thread when `thread` is given) and waits for the brief. */
  async function brief(query: string, thread?: typeof forumPost) {
    const base = slashCommandInteraction({
      subcommand: 'story',
      options: { query },
      ...(thread && { channelId: thread.id }),
    });
    const interaction = h.fake.dispatchInteraction(thread ? { ...base, channel: threadChannel(thread) } : base);
    const edit = await h.fake.waitForCall((c) => isOriginalEdit(c, interaction.token));
    return { interaction, shown: embedText(edit.body.embeds) };
  }

  /** Asks in a thread and returns what the bot answered, text and embeds. */
  async function ask(threadId: string, content: string): Promise<string> {
    const question = h.fake.dispatchMessage(channelMessage({ channelId: threadId, content }));
    const answer = await h.fake.waitForCall(
      (c) => c.path === `/channels/${threadId}/messages` && c.body.message_reference?.message_id === question.id,
    );
    return `${answer.body.content ?? ''} ${embedText(answer.body.embeds)}`;
  }

  it("a brief of another story inside a brief's thread moves the thread to the new story", async () => {
    const first = await brief('flynn');
    const created = await h.fake.waitForCall(
      (c) =>
        /\/threads$/.test(c.path) &&
        c.path.includes(h.fake.state.interactions.get(first.interaction.id)!.originalMessageId!),
    );
    const threadId = created.path.split('/')[4]!;
    const thread = { id: threadId, parent_id: FAKE_CHANNEL_ID, name: 'flynn' };
    const second = await brief('ferry', thread);
    expect(second.shown).toMatch(/ferry/i);
    const answer = await ask(threadId, FINANCE_QUESTION);
    expect(answer).toMatch(/Helen Marsh/);
    expect(answer).not.toMatch(/Nunes/);
  }, 60_000);

  it('a brief inside a thread nobody linked yet (a forum post) makes it about that story', async () => {
    const ferry = await brief('ferry', forumPost);
    expect(ferry.shown).toMatch(/ferry/i);
    const answer = await ask(forumPost.id, FINANCE_QUESTION);
    expect(answer).toMatch(/Helen Marsh/);
    expect(answer).not.toMatch(/no story yet/i);
  }, 60_000);
});
