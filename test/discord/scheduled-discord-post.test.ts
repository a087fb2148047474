import type { APIMessage } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { scheduledPostKey } from '../../src/app/channel-poster';
import { cmd, type Reply } from '../../src/app/reply';
import { DISCORD_LIMITS, renderDiscordReply } from '../../src/platforms/discord/render-discord-reply';
import { isScheduledDiscordPost, markScheduledDiscordPost } from '../../src/platforms/discord/scheduled-discord-post';

const SLOT_MS = Date.parse('2017-04-01T08:00:00.000Z');
const BOT = '1090000000000000001';
const keyFor = (scheduleId: number, slotMs = SLOT_MS) => scheduledPostKey(scheduleId, slotMs, slotMs);

const followUp: Reply = {
  kind: 'followup',
  visibility: 'channel',
  title: 'Day 3 of the Flynn story',
  sections: [{ heading: 'Still open', style: 'numbered', items: [{ text: 'Has the committee answered?' }] }],
  footer: ['#1 · follow s3, daily at 09:00 Europe/London · stop with ', cmd('unfollow', 's3')],
};

const message = (embeds: unknown[], authorId = BOT) => ({ id: '1', author: { id: authorId }, embeds }) as APIMessage;

describe('the mark a scheduled Discord post carries', () => {
  it('keeps a footer that already names the schedule and dates the post with its slot', () => {
    const body = renderDiscordReply(followUp);
    const embeds = markScheduledDiscordPost(body, keyFor(3));
    expect(embeds.at(-1)!.footer).toEqual(body.embeds.at(-1)!.footer);
    expect(embeds.at(-1)!.timestamp).toBe('2017-04-01T08:00:00.000Z');
    expect(body.embeds.at(-1)!.timestamp).toBeUndefined();
    expect(isScheduledDiscordPost(message(embeds), keyFor(3), BOT)).toBe(true);
  });

  it('adds the schedule id to a footer that lacks it, and a marked embed to a message that has none', () => {
    const digest: Reply = { ...followUp, kind: 'digest', footer: 'digest, daily at 09:00' };
    const footer = markScheduledDiscordPost(renderDiscordReply(digest), keyFor(7)).at(-1)!.footer!.text;
    expect(footer).toBe('digest, daily at 09:00 · s7');
    const plain = markScheduledDiscordPost({ content: 'Nothing new today.', embeds: [], ephemeral: false }, keyFor(7));
    expect(plain).toEqual([{ footer: { text: 's7' }, timestamp: '2017-04-01T08:00:00.000Z' }]);
    expect(isScheduledDiscordPost(message(plain), keyFor(7), BOT)).toBe(true);
  });

  it('stays inside Discord’s 6000 characters when the post already fills them', () => {
    const full = {
      title: 't'.repeat(256),
      description: 'd'.repeat(4096),
      fields: [{ name: 'Still open', value: 'v'.repeat(1000) }],
      footer: { text: 'f'.repeat(638) },
    };
    const embeds = markScheduledDiscordPost({ embeds: [full], ephemeral: false }, keyFor(12345));
    const footer = embeds[0]!.footer!.text;
    expect(256 + 4096 + 10 + 1000 + footer.length).toBe(DISCORD_LIMITS.total);
    expect(footer).toMatch(/^f+… · s12345$/);
  });

  it('tells this slot’s post from look-alikes', () => {
    const ours = markScheduledDiscordPost(renderDiscordReply(followUp), keyFor(3));
    expect(isScheduledDiscordPost(message(ours, '1090000000000000006'), keyFor(3), BOT)).toBe(false);
    // s3 is not s33; the next day's slot of s3 is another post.
    expect(isScheduledDiscordPost(message(ours), keyFor(33), BOT)).toBe(false);
    expect(isScheduledDiscordPost(message(ours), keyFor(3, SLOT_MS + 86_400_000), BOT)).toBe(false);
    // An unmarked post (a /brief reply) and a footer naming several schedules are not claimed.
    expect(isScheduledDiscordPost(message(renderDiscordReply(followUp).embeds), keyFor(3), BOT)).toBe(false);
    const both = [{ ...ours[0], footer: { text: 'follow s3 and s4' } }];
    expect(isScheduledDiscordPost(message(both), keyFor(3), BOT)).toBe(false);
  });
});
