import type { App as BoltApp, webApi } from '@slack/bolt';
import { answerThreadQuestion, runBriefCommand } from '../../../commands/index';
import type { NewsbriefApp } from '../../app/newsbrief-app';
import type { Reply } from '../../app/reply';
import type { Logger } from '../../logging/create-logger';
import { decideSlackMessage, type IncomingSlackMessage } from './decide-slack-message';
import { postSlackReply } from './post-slack-reply';
import { postEphemeralReply } from './send-ephemeral';
import { errorSummary, slackApiErrorCode, slackApology } from './slack-api-error';
import { slackChannelId, slackUserId } from './slack-ids';
import { slackTextToPlain } from './slack-text-to-plain';

export interface MessageEventOptions {
  app: NewsbriefApp;
  logger: Logger;
}

/**
 * Thread questions and mentions. Slack sends one post that mentions the bot twice (`message` and
 * `app_mention`) and redelivers events it thinks were missed, so each post is claimed in the
 * store (by event id and by channel+ts) before it is answered: it is answered exactly once.
 */
export function handleMessageEvents(bolt: BoltApp, options: MessageEventOptions): void {
  bolt.event('message', async ({ event, body, context, client }) => {
    await onMessage(
      event as unknown as IncomingSlackMessage,
      'message',
      body.event_id,
      context.botUserId,
      client,
      options,
    );
  });
  bolt.event('app_mention', async ({ event, body, context, client }) => {
    await onMessage(
      event as unknown as IncomingSlackMessage,
      'app_mention',
      body.event_id,
      context.botUserId,
      client,
      options,
    );
  });
}

async function onMessage(
  event: IncomingSlackMessage,
  kind: 'message' | 'app_mention',
  eventId: string | undefined,
  botUserId: string | undefined,
  client: webApi.WebClient,
  options: MessageEventOptions,
): Promise<void> {
  const { app } = options;
  const conversations = app.store.conversations;
  const action = decideSlackMessage(event, kind, botUserId, conversations);
  if (!action || !event.user) return;
  // Claim only posts we act on: a `message` we ignore must not hide its `app_mention` twin.
  if (eventId && !conversations.markEventHandled(`slack:event:${eventId}`)) return;
  if (!conversations.markEventHandled(`slack:message:${event.channel}:${event.ts}`)) return;

  const log = options.logger.child({ slackEvent: kind, channel: event.channel, ts: event.ts, user: event.user });
  const ctx = {
    platform: 'slack' as const,
    channelId: slackChannelId(event.channel),
    userId: slackUserId(event.user),
    app,
  };
  const text = slackTextToPlain(event.text ?? '', botUserId);
  const threadTs = action.threadTs;
  try {
    const reply: Reply =
      action.type === 'question'
        ? await answerThreadQuestion(action.articleId, text, ctx)
        : await runBriefCommand(text, ctx);
    if (reply.visibility === 'ephemeral') {
      await postEphemeralReply({ client, channel: event.channel, user: event.user, threadTs, reply });
    } else {
      await postSlackReply({ client, conversations, channel: event.channel, reply, threadTs });
    }
  } catch (error) {
    const code = slackApiErrorCode(error);
    log.error({ code, err: errorSummary(error) }, 'answering a Slack message failed');
    const apology = {
      kind: 'error',
      visibility: 'ephemeral',
      sections: [{ style: 'paragraph', items: [{ text: slackApology(code) }] }],
    } satisfies Reply;
    await postEphemeralReply({ client, channel: event.channel, user: event.user, threadTs, reply: apology }).catch(
      (e: unknown) => log.error({ err: errorSummary(e) }, 'could not send the apology either'),
    );
  }
}
