import { type REST, Routes, ThreadAutoArchiveDuration } from 'discord.js';
import type { Reply } from '../../app/reply';
import type { Logger } from '../../logging/create-logger';
import type { ConversationRepository } from '../../store/conversation-repository';
import { describeDiscordError } from './discord-api-errors';
import { neutraliseDiscordMentions, truncateDiscordText } from './escape-discord-text';

export interface StartBriefThreadOptions {
  rest: REST;
  conversations: ConversationRepository;
  logger: Logger;
  channelId: string;
  messageId: string;
  reply: Reply;
}

/** The thread ref replies will carry: the Discord thread's channel id. */
export function discordThreadRef(threadId: string): string {
  return `discord:${threadId}`;
}

/**
 * Opens a thread on a posted brief and links it to the article, so messages in it are questions
 * about that story. Done over REST (not Message#startThread) so the poster, which only has ids,
 * shares it; Discord then sends THREAD_CREATE, which puts the thread in discord.js's cache.
 * A failure (no thread permission) leaves the brief posted and returns undefined; the link stays,
 * so a thread someone opens on that message later still works.
 */
export async function startBriefThread(options: StartBriefThreadOptions): Promise<string | undefined> {
  const articleId = options.reply.threadArticleId;
  if (articleId === undefined) return undefined;
  // Thread names are plain text (no markdown) but still should not look like mentions.
  const name = truncateDiscordText(
    neutraliseDiscordMentions(options.reply.title?.trim() || 'Questions about this story'),
    100,
  );
  // Discord gives a thread started from a message that message's id, so the link can be made
  // before the thread exists: a question posted the instant it opens is already recognised.
  options.conversations.linkThread(discordThreadRef(options.messageId), articleId);
  try {
    const thread = (await options.rest.post(Routes.threads(options.channelId, options.messageId), {
      body: { name, auto_archive_duration: ThreadAutoArchiveDuration.OneWeek },
    })) as { id: string };
    const ref = discordThreadRef(thread.id);
    if (thread.id !== options.messageId) options.conversations.linkThread(ref, articleId);
    return ref;
  } catch (err) {
    options.logger.warn(
      { err: describeDiscordError(err), channelId: options.channelId, messageId: options.messageId, articleId },
      'discord: could not open a question thread on the brief',
    );
    return undefined;
  }
}
