import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelGoneError } from '../../src/app/channel-poster';
import { FAKE_APPLICATION_ID, FAKE_CHANNEL_ID } from '../support/fake-discord-ids';
import { slashCommandInteraction } from '../support/fake-discord-payloads';
import { FLYNN_SAMPLE } from '../support/make-test-app';
import {
  type DiscordHarness,
  embedText,
  expectNoMentions,
  isCallback,
  isOriginalEdit,
  startDiscordHarness,
} from './discord-harness';

const PINGING_ARTICLE = {
  source: 'paste',
  title: 'Harbour council @everyone vote on <@&777777777777777777> ferry fares',
  text: [
    'Harbour council @everyone vote on <@&777777777777777777> ferry fares',
    '',
    'The harbour council voted on Tuesday to raise ferry fares by ten percent from March, @here and now.',
    '"We had no other choice," said council leader Mara Quist, who asked <@123456789012345678> to check the figures.',
    'Ferry users said the rise would hurt commuters, and the council has not said whether discounts for students will stay.',
  ].join('\n'),
};

describe('Discord safety and failures (real discord.js client, fake Discord)', () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await startDiscordHarness({ articles: [FLYNN_SAMPLE] });
    await h.testApp.app.ingest(PINGING_ARTICLE);
  });
  afterAll(async () => {
    await h.stopBot();
    await h.fake.stop();
  });

  it('an article containing @everyone and mentions is sent with no mentions parsed, and shown escaped', async () => {
    const interaction = h.fake.dispatchInteraction(
      slashCommandInteraction({ subcommand: 'story', options: { query: 'harbour ferry fares' } }),
    );
    const edit = await h.fake.waitForCall((c) => isOriginalEdit(c, interaction.token));
    expectNoMentions(edit.body);
    const text = embedText(edit.body.embeds);
    expect(text).toMatch(/ferry fares/);
    expect(text).toMatch(/@\u200beveryone/);
    expect(text).not.toMatch(/@everyone|@here|<@&?\d+>/);
    const thread = await h.fake.waitForCall((c) => /\/threads$/.test(c.path) && c.at >= edit.at);
    expect(thread.body.name).not.toMatch(/@everyone|<@&\d+>/);
  });

  it('an interaction whose token expired is logged and not retried', async () => {
    h.fake.state.interactionDeadlineMs = -1; // every callback now arrives "too late"
    try {
      const interaction = h.fake.dispatchInteraction(
        slashCommandInteraction({ subcommand: 'story', options: { query: 'flynn' } }),
      );
      await h.fake.waitForCall((c) => isCallback(c, interaction.id));
      await waitFor(() => h.logs.some((l) => l.interactionId === interaction.id && l.expired === true));
      // A follow-up probe proves the bot moved on without touching that token again.
      h.fake.state.interactionDeadlineMs = Number.POSITIVE_INFINITY;
      const probe = h.fake.dispatchInteraction(slashCommandInteraction({ subcommand: 'help' }));
      await h.fake.waitForCall((c) => c.path === `/webhooks/${FAKE_APPLICATION_ID}/${probe.token}`);
      expect(h.fake.calls.filter((c) => c.path.includes(interaction.token))).toHaveLength(1);
      expect(JSON.stringify(h.logs)).not.toContain(interaction.token);
    } finally {
      h.fake.state.interactionDeadlineMs = Number.POSITIVE_INFINITY;
    }
  });

  it('a REST error while delivering is logged with context and answered with a private apology', async () => {
    h.fake.failNext({
      method: 'PATCH',
      path: /\/messages\/@original$/,
      status: 500,
      body: { code: 0, message: 'Internal Server Error' },
    });
    const interaction = h.fake.dispatchInteraction(
      slashCommandInteraction({ subcommand: 'story', options: { query: 'flynn' } }),
    );
    const apology = await h.fake.waitForCall(
      (c) => c.method === 'POST' && c.path === `/webhooks/${FAKE_APPLICATION_ID}/${interaction.token}`,
    );
    expect(apology.body.flags & 64).toBe(64);
    expect(apology.body.content).toMatch(/Sorry/);
    const logged = h.logs.find(
      (l) => l.msg === 'discord: could not deliver the reply' && l.interactionId === interaction.id,
    ) as any;
    expect(logged?.err).toMatchObject({ status: 500, method: 'PATCH' });
    expect(logged.err.route).toContain('/:token/');
  });

  it('the scheduler poster posts without mentions and reports a vanished or forbidden channel as ChannelGoneError', async () => {
    const posted = await h.runtime.poster.post(`discord:${FAKE_CHANNEL_ID}`, {
      kind: 'digest',
      visibility: 'channel',
      title: 'Daily digest @everyone',
      sections: [{ heading: 'New', style: 'bullets', items: [{ text: 'One story' }] }],
    });
    expect(posted.channelId).toBe(`discord:${FAKE_CHANNEL_ID}`);
    const call = h.fake.calls.findLast((c) => c.path === `/channels/${FAKE_CHANNEL_ID}/messages`)!;
    expectNoMentions(call.body);
    expect(embedText(call.body.embeds)).not.toMatch(/@everyone/);

    const gone = h.runtime.poster.post('discord:1234567890123456789', {
      kind: 'digest',
      visibility: 'channel',
      sections: [],
    });
    await expect(gone).rejects.toBeInstanceOf(ChannelGoneError);
    h.fake.state.forbiddenChannels.add(FAKE_CHANNEL_ID);
    try {
      await expect(
        h.runtime.poster.post(`discord:${FAKE_CHANNEL_ID}`, { kind: 'digest', visibility: 'channel', sections: [] }),
      ).rejects.toBeInstanceOf(ChannelGoneError);
    } finally {
      h.fake.state.forbiddenChannels.delete(FAKE_CHANNEL_ID);
    }
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition never became true');
    await new Promise((r) => setTimeout(r, 10));
  }
}
