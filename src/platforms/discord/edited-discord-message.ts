import type { Message, OmitPartialGroupDMChannel, PartialMessage } from 'discord.js';

type Updated = OmitPartialGroupDMChannel<Message | PartialMessage>;

/**
 * The message a MESSAGE_UPDATE left, when a person edited its text; undefined for Discord's own
 * updates (a link's preview, an embed resolved). With the message in the client's cache, the
 * texts before and after are compared. A message posted before the bot started (or dropped from
 * the cache) has no earlier text to compare, so Discord's mark of a person's edit decides: a
 * preview added to a message never edited leaves it unset. An update that carries no text is
 * fetched first, so the message is read as it now is — but only one the bot could act on: a
 * fetch is a REST call (its rate limit shared with replies), and previews update messages in
 * every channel the bot sees.
 */
export async function editedDiscordMessage(before: Updated, after: Updated): Promise<Message | undefined> {
  if (!before.partial && before.content === after.content) return undefined;
  if (after.partial && !worthFetching(before, after)) return undefined;
  const message: Message = after.partial ? await after.fetch() : (after as Message);
  if (before.partial && message.editedTimestamp === null) return undefined;
  return message;
}

/**
 * Whether a partial update may be an edit the bot acts on, from what the payload carries: the
 * edit mark (absent from Discord's own updates) and, outside a thread, a mention of the bot in
 * the text. A channel the client holds only by id may be a thread, so it is fetched.
 */
function worthFetching(before: Updated, after: Updated): boolean {
  if (before.partial && after.editedTimestamp === null) return false;
  const channel = after.channel;
  if (channel.partial || channel.isThread() || typeof after.content !== 'string') return true;
  const botId = after.client.user?.id;
  return botId === undefined || after.content.includes(`<@${botId}>`) || after.content.includes(`<@!${botId}>`);
}
