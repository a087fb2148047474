import type { Message, OmitPartialGroupDMChannel, PartialMessage } from 'discord.js';

type Updated = OmitPartialGroupDMChannel<Message | PartialMessage>;

/**
 * The message a MESSAGE_UPDATE left, when a person edited its text; undefined for Discord's own
 * updates (a link's preview, an embed resolved). With the message in the client's cache, the
 * texts before and after are compared. A message posted before the bot started (or dropped from
 * the cache) has no earlier text to compare, so Discord's mark of a person's edit decides: a
 * preview added to a message never edited leaves it unset. An update that carries no text is
 * fetched first, so the message is read as it now is.
 */
export async function editedDiscordMessage(before: Updated, after: Updated): Promise<Message | undefined> {
  if (!before.partial && before.content === after.content) return undefined;
  const message: Message = after.partial ? await after.fetch() : (after as Message);
  if (before.partial && message.editedTimestamp === null) return undefined;
  return message;
}
