import { type APIEmbed, type APIMessage, type REST, Routes, SnowflakeUtil } from 'discord.js';
import { PostOutcomeUnknownError, type ScheduledPostKey } from '../../app/channel-poster';
import { truncateDiscordText } from './escape-discord-text';
import { DISCORD_LIMITS, type DiscordMessageBody } from './render-discord-reply';

/** Posts are looked for from a little before their slot (clock skew between us and Discord). */
const LOOK_BEFORE_SLOT_MS = 5 * 60_000;
/** Discord's largest page of channel messages. */
const PAGE_SIZE = 100;
/**
 * How far back a lookup reads: 5000 messages between the slot and its retry is a flood. Pages go
 * through discord.js's REST queue, which spaces them by Discord's rate-limit headers and waits out
 * a 429, so even a full lookup does not storm the channel's bucket.
 */
export const MAX_LOOKUP_PAGES = 50;

/** The schedule's id as readers know it ("s3", what `/brief unfollow s3` takes). */
function scheduleToken(scheduled: ScheduledPostKey): string {
  return `s${scheduled.scheduleId}`;
}

/**
 * The embeds of a scheduled post, marked so a later retry can recognise it when Discord no longer
 * remembers its nonce (GET messages does not return nonces): the embed with the footer carries the
 * slot as its timestamp (Discord shows it beside the footer, in each reader's own time zone) and
 * its footer names the schedule ("s3"). Follow-ups and digests already name it there; anything
 * else gets it appended. A message without embeds gets a small one holding the mark.
 */
export function markScheduledDiscordPost(body: DiscordMessageBody, scheduled: ScheduledPostKey): APIEmbed[] {
  const embeds = body.embeds.map((embed) => ({ ...embed }));
  const timestamp = new Date(scheduled.slotMs).toISOString();
  const token = scheduleToken(scheduled);
  const marked = embeds.findLast((embed) => embed.footer) ?? embeds.at(-1);
  if (!marked) return [{ footer: { text: token }, timestamp }];
  marked.timestamp = timestamp;
  const footer = marked.footer?.text ?? '';
  if (!hasToken(footer, token)) {
    const suffix = footer ? ` · ${token}` : token;
    const room = Math.min(DISCORD_LIMITS.footer, DISCORD_LIMITS.total - embedText(embeds) + footer.length);
    marked.footer = { ...marked.footer, text: truncateDiscordText(footer, room - suffix.length) + suffix };
  }
  return embeds;
}

/** Whether a channel message is the bot's post for this slot (and not another slot's or bot's). */
export function isScheduledDiscordPost(message: APIMessage, scheduled: ScheduledPostKey, botUserId: string): boolean {
  if (message.author?.id !== botUserId) return false;
  const slotMinute = Math.floor(scheduled.slotMs / 60_000);
  const token = scheduleToken(scheduled);
  return (message.embeds ?? []).some(
    (embed) =>
      embed.timestamp !== undefined &&
      Math.floor(Date.parse(embed.timestamp) / 60_000) === slotMinute &&
      namesOnly(embed.footer?.text ?? '', token),
  );
}

/**
 * The bot's post for this slot in a channel, or undefined when the channel has none. Reads
 * newest first (`before`, a page of 100 at a time) from now back to just before the earliest
 * moment the post can have been made: the post may sit behind any amount of later traffic (a
 * late catch-up post, a busy channel), and only a walk that reaches that moment proves it is not
 * there. A channel with more messages since then than MAX_LOOKUP_PAGES pages cannot be decided:
 * that throws a final PostOutcomeUnknownError, so the caller does not post blind.
 */
export async function findScheduledDiscordMessage(options: {
  rest: REST;
  channelId: string;
  scheduled: ScheduledPostKey;
  botUserId: string;
}): Promise<APIMessage | undefined> {
  const { rest, channelId, scheduled, botUserId } = options;
  const from = Math.max(scheduled.earliestMs - LOOK_BEFORE_SLOT_MS, SnowflakeUtil.epochNumber);
  const floor = SnowflakeUtil.generate({ timestamp: from, increment: 0n, workerId: 0n, processId: 0n });
  let before: bigint | undefined;
  for (let page = 0; page < MAX_LOOKUP_PAGES; page++) {
    const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (before !== undefined) query.set('before', before.toString());
    const messages = (await rest.get(Routes.channelMessages(channelId), { query })) as APIMessage[];
    const found = messages.find((message) => isScheduledDiscordPost(message, scheduled, botUserId));
    if (found) return found;
    if (messages.length < PAGE_SIZE) return undefined;
    // Pages are newest first, but take the smallest id rather than trust the order.
    const oldest = messages.reduce(
      (min, message) => (BigInt(message.id) < min ? BigInt(message.id) : min),
      BigInt(messages[0]!.id),
    );
    if (oldest < floor) return undefined;
    before = oldest;
  }
  throw new PostOutcomeUnknownError(
    `more than ${MAX_LOOKUP_PAGES * PAGE_SIZE} messages in the channel since ${new Date(from).toISOString()}; cannot tell whether the post is there`,
    true,
  );
}

/** Schedule ids as footers write them: "s3", not "#s3", "s33" or "xs3". */
const SCHEDULE_TOKEN = /(?<![\w#])s\d+(?!\w)/g;

function hasToken(text: string, token: string): boolean {
  return text.match(SCHEDULE_TOKEN)?.includes(token) ?? false;
}

/** The footer names this schedule and no other (a digest listing several would be ambiguous). */
function namesOnly(text: string, token: string): boolean {
  const tokens = text.match(SCHEDULE_TOKEN) ?? [];
  return tokens.length > 0 && tokens.every((t) => t === token);
}

/** The characters Discord counts towards a message's 6000 over all embeds. */
function embedText(embeds: APIEmbed[]): number {
  let total = 0;
  for (const embed of embeds) {
    total += (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0);
    total += embed.author?.name.length ?? 0;
    for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  }
  return total;
}
