import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_APPLICATION_ID } from '../support/fake-discord-ids';
import { slashCommandInteraction } from '../support/fake-discord-payloads';
import { rateLimitFailure } from '../support/fake-discord-rest';
import { FLYNN_SAMPLE } from '../support/make-test-app';
import {
  type DiscordHarness,
  embedText,
  expectNoMentions,
  isCallback,
  isOriginalEdit,
  startDiscordHarness,
} from './discord-harness';

// A real discord.js Client, logged in over a real WebSocket to the fake Discord on 127.0.0.1.
describe('/brief on Discord (real discord.js client, fake Discord)', () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await startDiscordHarness({ articles: [FLYNN_SAMPLE] });
  });
  afterAll(async () => {
    await h.stopBot();
    await h.fake.stop();
  });

  it('identifies with only the Guilds, GuildMessages and MessageContent intents, JSON, no compression', () => {
    expect(h.fake.gateway.record.identifies[0]?.intents).toBe(1 | (1 << 9) | (1 << 15));
    const query = h.fake.gateway.record.connections[0]!.query;
    expect(query.get('v')).toBe('10');
    expect(query.get('encoding')).toBe('json');
  });

  it('/brief story flynn: defers in time, edits in the brief embeds, opens a linked thread', async () => {
    const interaction = h.fake.dispatchInteraction(
      slashCommandInteraction({ subcommand: 'story', options: { query: 'flynn' } }),
    );
    const edit = await h.fake.waitForCall((c) => isOriginalEdit(c, interaction.token));

    // Deferred (type 5) as the very first response; the fake rejects callbacks after Discord's 3 s.
    const callbacks = h.fake.calls.filter((c) => isCallback(c, interaction.id));
    expect(callbacks).toHaveLength(1);
    expect(callbacks[0]!.body.type).toBe(5);
    expect(callbacks[0]!.status).toBe(204);
    expect(h.fake.state.interactions.get(interaction.id)!.ephemeral).toBe(false);

    expectNoMentions(edit.body);
    const embeds = edit.body.embeds as any[];
    expect(embeds[0].title).toMatch(/Flynn/);
    const fields = embeds.flatMap((e) => e.fields ?? []);
    const quotes = fields.find((f) => /quote/i.test(f.name));
    expect(quotes?.value).toMatch(/Spicer/);
    expect(quotes?.value).toMatch(/should go testify|Nope/);
    const questions = fields.find((f) => /open questions/i.test(f.name));
    expect(questions?.value).toMatch(/\*\*1\.\*\* \S/);

    const thread = await h.fake.waitForCall((c) => c.method === 'POST' && /\/threads$/.test(c.path));
    const messageId = h.fake.state.interactions.get(interaction.id)!.originalMessageId!;
    expect(thread.path).toBe(`/channels/${interaction.channel_id}/messages/${messageId}/threads`);
    expect(thread.body.name).toMatch(/Flynn/);
    expect(await h.testApp.store.conversations.articleForThread(`discord:${messageId}`)).toBeTypeOf('number');
  });

  it('/brief add: the confirmation opens a thread linked to the new story, so questions in it are about that story', async () => {
    const article = [
      'Bridge inspectors close the old river span',
      'The county closed the old river bridge on Monday after inspectors found cracks in two of its supports, officials said.',
      '"We will not reopen it until we are sure it is safe," said county engineer Maria Lopez. Repairs could take six months.',
    ].join('\n\n');
    const interaction = h.fake.dispatchInteraction(
      slashCommandInteraction({ subcommand: 'add', options: { article } }),
    );
    const edit = await h.fake.waitForCall((c) => isOriginalEdit(c, interaction.token));
    expect(`${edit.body.content ?? ''} ${embedText(edit.body.embeds ?? [])}`).toMatch(/Reply in this thread/);
    const messageId = h.fake.state.interactions.get(interaction.id)!.originalMessageId!;
    await h.fake.waitForCall(
      (c) => c.method === 'POST' && c.path === `/channels/${interaction.channel_id}/messages/${messageId}/threads`,
    );
    const linked = await h.testApp.store.conversations.articleForThread(`discord:${messageId}`);
    expect((await h.testApp.store.articles.get(linked!))?.title).toBe('Bridge inspectors close the old river span');
  });

  it('unknown story: only the asker sees the closest titles (ephemeral follow-up, placeholder deleted)', async () => {
    const interaction = h.fake.dispatchInteraction(
      slashCommandInteraction({ subcommand: 'story', options: { query: 'zebra crossing budget' } }),
    );
    const followUp = await h.fake.waitForCall(
      (c) => c.method === 'POST' && c.path === `/webhooks/${FAKE_APPLICATION_ID}/${interaction.token}`,
    );
    expect(followUp.body.flags & 64).toBe(64);
    expect(`${followUp.body.content} ${embedText(followUp.body.embeds)}`).toMatch(/No stored story matches/);
    await h.fake.waitForCall(
      (c) => c.method === 'DELETE' && c.path.endsWith(`/${interaction.token}/messages/@original`),
    );
    // What the channel saw (the edited placeholder) carries none of the private text.
    const publicEdits = h.fake.calls.filter((c) => isOriginalEdit(c, interaction.token));
    for (const edit of publicEdits) expect(JSON.stringify(edit.body)).not.toMatch(/zebra|No stored story/);
    expect(h.fake.calls.some((c) => /\/threads$/.test(c.path) && c.at >= followUp.at)).toBe(false);
  });

  it('a 429 from Discord is waited out and retried by the client; the brief still lands', async () => {
    h.fake.failNext(rateLimitFailure(/\/messages\/@original$/, 0.1, 'PATCH'));
    const interaction = h.fake.dispatchInteraction(
      slashCommandInteraction({ subcommand: 'story', options: { query: 'flynn immunity' } }),
    );
    await h.fake.waitForCall((c) => isOriginalEdit(c, interaction.token));
    const patches = h.fake.calls.filter((c) => c.method === 'PATCH' && c.path.includes(interaction.token));
    expect(patches.map((c) => c.status)).toEqual([429, 200]);
    expect(h.logs.some((l) => l.msg === 'discord: rate limited; discord.js waits and retries')).toBe(true);
  });

  it('/brief help: answered privately from the same command list', async () => {
    const interaction = h.fake.dispatchInteraction(slashCommandInteraction({ subcommand: 'help' }));
    const followUp = await h.fake.waitForCall(
      (c) => c.method === 'POST' && c.path === `/webhooks/${FAKE_APPLICATION_ID}/${interaction.token}`,
    );
    expect(followUp.body.flags & 64).toBe(64);
    expect(embedText(followUp.body.embeds)).toMatch(/\/brief add/);
  });
});
