import { type REST, Routes, ThreadAutoArchiveDuration } from 'discord.js';
import type { Reply } from '../../app/reply';
import type { Logger } from '../../logging/create-logger';
import { describeDiscordError } from './discord-api-errors';
import { neutraliseDiscordMentions, truncateDiscordText } from './escape-discord-text';

export interface StartBriefThreadOptions {
  rest: REST;
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
 * Opens a thread on a posted brief, so messages in it are questions about that story; returns
 * its ref (the caller links it to the article). Done over REST (not Message#startThread) so the
 * poster, which only has ids, shares it; Discord then sends THREAD_CREATE, which puts the thread
 * in discord.js's cache. A failure (no thread permission) leaves the brief posted and returns
 * undefined; a thread someone opens on that message later gets the message's id, which the
 * dispatcher linked before calling this.
 */
export async function startBriefThread(options: StartBriefThreadOptions): Promise<string | undefined> {
  const articleId = options.reply.threadArticleId;
  if (articleId === undefined) return undefined;
  // Thread names are plain text (no markdown) but still should not look like mentions.
  const name = truncateDiscordText(
    neutraliseDiscordMentions(options.reply.title?.trim() || 'Questions about this story'),
    100,
  );
  try {
    const thread = (await options.rest.post(Routes.threads(options.channelId, options.messageId), {
      body: { name, auto_archive_duration: ThreadAutoArchiveDuration.OneWeek },
    })) as { id: string };
    return discordThreadRef(thread.id);
  } catch (err) {
    options.logger.warn(
      { err: describeDiscordError(err), channelId: options.channelId, messageId: options.messageId, articleId },
      'discord: could not open a question thread on the brief',
    );
    return undefined;
  }
}
