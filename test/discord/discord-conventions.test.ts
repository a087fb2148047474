import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  autocompleteInteraction,
  channelMessage,
  MEMBER_PERMISSIONS,
  slashCommandInteraction,
} from '../support/fake-discord-payloads';
import { FLYNN_SAMPLE } from '../support/make-test-app';
import { type DiscordHarness, embedText, isCallback, isOriginalEdit, startDiscordHarness } from './discord-harness';

const FERRY = join(import.meta.dirname, '../../samples/harbour-ferry-contract.txt');

describe('Discord: what users expect (real discord.js client, fake Discord)', () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await startDiscordHarness({ articles: [FLYNN_SAMPLE, FERRY] });
  });
  afterAll(async () => {
    await h.stopBot();
    await h.fake.stop();
  });

  it('autocompletes /brief story with stored titles; the value is the story id', async () => {
    const typing = h.fake.dispatchInteraction(
      autocompleteInteraction({ subcommand: 'story', option: 'query', value: 'ferry' }),
    );
    const callback = await h.fake.waitForCall((c) => isCallback(c, typing.id));
    expect(callback.body.type).toBe(8); // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
    const choices = callback.body.data.choices as Array<{ name: string; value: string }>;
    expect(choices[0]).toEqual({
      name: expect.stringMatching(/^#2 Harbour council delays vote on ferry contract/),
      value: '#2',
    });
    expect(choices.every((c) => c.name.length <= 100)).toBe(true);

    // Nothing typed yet: the most recent stories.
    const empty = h.fake.dispatchInteraction(
      autocompleteInteraction({ subcommand: 'story', option: 'query', value: '' }),
    );
    const recent = await h.fake.waitForCall((c) => isCallback(c, empty.id));
    expect((recent.body.data.choices as Array<{ value: string }>).map((c) => c.value)).toEqual(['#2', '#1']);
  });

  it('shows a stored title in the autocomplete list without its bidi override characters', async () => {
    const title = 'Mayor \u202Enoitceles\u202C resigns over depot';
    const body =
      'The mayor resigned on Monday after the depot vote, the council said. "I have done what I could," she told reporters. ' +
      'Her deputy will act as mayor until a by-election is called, officials said.';
    await h.testApp.app.addArticle(`${title}\n\n${body}`, 'discord:U1');
    const typing = h.fake.dispatchInteraction(
      autocompleteInteraction({ subcommand: 'story', option: 'query', value: 'depot' }),
    );
    const callback = await h.fake.waitForCall((c) => isCallback(c, typing.id));
    const names = (callback.body.data.choices as Array<{ name: string }>).map((c) => c.name);
    expect(names.some((n) => n.includes('Mayor noitceles resigns'))).toBe(true);
    expect(names.join(' ')).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('limits changes to a channel to members with Manage Channels', async () => {
    const reader = h.fake.dispatchInteraction(
      slashCommandInteraction({ subcommand: 'follow', options: { story: 'ferry' }, permissions: MEMBER_PERMISSIONS }),
    );
    const refusal = await h.fake.waitForCall(
      (c) => c.method === 'POST' && c.path.endsWith(`/${reader.token}`) && (c.body?.flags & 64) === 64,
    );
    expect(`${refusal.body.content} ${embedText(refusal.body.embeds)}`).toMatch(
      /Only members who can manage this channel/,
    );
    expect(await h.testApp.store.schedules.list()).toEqual([]);

    // Reading is for everyone.
    const list = h.fake.dispatchInteraction(
      slashCommandInteraction({ subcommand: 'list', permissions: MEMBER_PERMISSIONS }),
    );
    const listed = await h.fake.waitForCall(
      (c) => c.method === 'POST' && c.path.endsWith(`/${list.token}`) && (c.body?.flags & 64) === 64,
    );
    expect(embedText(listed.body.embeds)).toMatch(/`\/brief story #1`/);

    const manager = h.fake.dispatchInteraction(
      slashCommandInteraction({ subcommand: 'follow', options: { story: 'ferry' } }),
    );
    await h.fake.waitForCall((c) => isOriginalEdit(c, manager.token));
    expect(await h.testApp.store.schedules.list()).toHaveLength(1);
  });

  it('answers in a brief thread only what is a question: not thanks, a mistyped command or a remark', async () => {
    const brief = h.fake.dispatchInteraction(
      slashCommandInteraction({ subcommand: 'story', options: { query: 'flynn' } }),
    );
    await h.fake.waitForCall((c) => isOriginalEdit(c, brief.token));
    const messageId = h.fake.state.interactions.get(brief.id)!.originalMessageId!;
    const created = await h.fake.waitForCall((c) => /\/threads$/.test(c.path) && c.path.includes(messageId));
    const threadId = created.path.split('/')[4]!;
    const replies = () =>
      h.fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${threadId}/messages`);

    h.fake.dispatchMessage(channelMessage({ channelId: threadId, content: 'great, thanks' }));
    h.fake.dispatchMessage(channelMessage({ channelId: threadId, content: '/breif flynn' }));
    // ux30: a remark to colleagues that is no question, as the console test has (issue 12).
    h.fake.dispatchMessage(channelMessage({ channelId: threadId, content: 'worth a call to Kelner tomorrow' }));
    const question = channelMessage({ channelId: threadId, content: 'Who is Flynn’s attorney?' });
    h.fake.dispatchMessage(question);
    const answer = await h.fake.waitForCall(
      (c) =>
        c.method === 'POST' &&
        c.path === `/channels/${threadId}/messages` &&
        c.body.message_reference?.message_id === question.id,
    );
    expect(embedText(answer.body.embeds)).toMatch(/Kelner/);
    expect(replies()).toHaveLength(1);
  });
});
