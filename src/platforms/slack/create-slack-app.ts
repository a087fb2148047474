import { App as BoltApp, type MessageShortcut, type webApi } from '@slack/bolt';
import type { NewsbriefApp } from '../../app/newsbrief-app';
import { noticeReply } from '../../app/reply';
import { dispatchChatTurn } from '../../chat/dispatch-chat-turn';
import type { Logger } from '../../logging/create-logger';
import { boltLogger } from './bolt-logger';
import { createSlackReceiver, type SlackReceiverChoice } from './create-slack-receiver';
import { respondEphemeral } from './send-ephemeral';
import { errorSummary } from './slack-api-error';
import { slackChannelId, slackThreadRef, slackUserId } from './slack-ids';
import { createSlackMembership } from './slack-membership';
import { createSlackPermissions, type SlackPermissionOptions } from './slack-permissions';
import { slackResponder } from './slack-responder';
import {
  editedSlackMessage,
  firstLink,
  type IncomingSlackMessage,
  slackCommandTurn,
  slackMessageTurn,
} from './slack-turns';

export interface CreateSlackAppOptions {
  botToken: string;
  receiver: SlackReceiverChoice;
  /** The Web API settings (base URL, retries, timeout), made once by slackClientOptions. */
  clientOptions: webApi.WebClientOptions;
  app: NewsbriefApp;
  logger: Logger;
  commandName?: string;
  /** Who may change what a channel shares; see slack-permissions. */
  permissions?: Pick<SlackPermissionOptions, 'policy' | 'managerIds'>;
}

/** The callback id of the "Brief this article" message shortcut in both manifests. */
const BRIEF_ARTICLE_SHORTCUT = 'brief_this_article';

/**
 * The Bolt App with newsbrief's listeners: each turns Slack traffic into a chat turn for the one
 * dispatcher. Not started and not initialised: `await bolt.init()` (auth.test, which tells us
 * our own bot user id) then `bolt.start()`.
 */
export function createSlackApp(options: CreateSlackAppOptions): BoltApp {
  const { app, logger } = options;
  const slackLog = boltLogger(logger);
  const bolt = new BoltApp({
    token: options.botToken,
    receiver: createSlackReceiver({ choice: options.receiver, logger: slackLog, clientOptions: options.clientOptions }),
    logger: slackLog,
    clientOptions: options.clientOptions,
    deferInitialization: true,
    ignoreSelf: true,
    // Bolt's in-memory conversation store is unused and would grow forever.
    convoStore: false,
  });
  bolt.error(async (error) => {
    logger.error({ err: errorSummary(error), component: 'slack' }, 'unhandled error in a Slack listener');
  });
  // The listeners' client is the app's own (one token), so these share its settings.
  const membership = createSlackMembership(bolt.client, logger);
  const { ensureMember } = membership;
  // Removed from a channel (kicked, or the channel converted): stop trusting the cached "member".
  bolt.event('channel_left', async ({ event }) => membership.forget(event.channel));
  bolt.event('group_left', async ({ event }) => membership.forget(event.channel));
  bolt.event('member_left_channel', async ({ event, context }) => {
    if (event.user === context.botUserId) membership.forget(event.channel);
  });
  const mayChange = createSlackPermissions({
    client: bolt.client,
    policy: options.permissions?.policy ?? 'managers',
    managerIds: options.permissions?.managerIds ?? [],
    logger,
  });

  // Ack first: Slack gives up after 3 s and the engine may be slower.
  bolt.command(options.commandName ?? '/brief', async ({ command, ack, respond, client }) => {
    await ack();
    const inChannel = await ensureMember(command.channel_id);
    const turn = slackCommandTurn(command, mayChange, logger);
    await dispatchChatTurn(
      app,
      turn,
      slackResponder({
        client,
        channel: command.channel_id,
        respond,
        user: command.user_id,
        membership: inChannel,
        forgetMembership: () => membership.forget(command.channel_id),
      }),
    );
  });

  const onMessage = async (
    kind: 'message' | 'app_mention',
    posted: IncomingSlackMessage,
    eventId: string | undefined,
    botUserId: string | undefined,
    client: webApi.WebClient,
  ) => {
    const event = editedSlackMessage(posted) ?? posted;
    const turn = slackMessageTurn(event, kind, eventId, botUserId, mayChange, logger);
    if (!turn || !event.user) return;
    // Replies stay where the message was: its thread, or a new message for a top-level mention.
    const threadTs = event.thread_ts !== undefined && event.thread_ts !== event.ts ? event.thread_ts : undefined;
    const forgetMembership = () => membership.forget(event.channel);
    await dispatchChatTurn(
      app,
      turn,
      slackResponder({ client, channel: event.channel, threadTs, user: event.user, forgetMembership }),
    );
  };
  bolt.event('message', ({ event, body, context, client }) =>
    onMessage('message', event as unknown as IncomingSlackMessage, body.event_id, context.botUserId, client),
  );
  bolt.event('app_mention', ({ event, body, context, client }) =>
    onMessage('app_mention', event as unknown as IncomingSlackMessage, body.event_id, context.botUserId, client),
  );

  bolt.shortcut<MessageShortcut>(
    { callback_id: BRIEF_ARTICLE_SHORTCUT, type: 'message_action' },
    async ({ shortcut, ack, respond, client }) => {
      await ack();
      const channel = shortcut.channel.id;
      const url = firstLink(shortcut.message.text ?? '');
      if (!url) {
        await respondEphemeral(
          respond,
          noticeReply('That message has no link to brief. Use it on a message with a link to an article.'),
        );
        return;
      }
      const threadTs = shortcut.message.thread_ts ?? shortcut.message.ts;
      const inChannel = await ensureMember(channel);
      await dispatchChatTurn(
        app,
        {
          platform: 'slack',
          channelId: slackChannelId(channel),
          userId: slackUserId(shortcut.user.id),
          // Like slash commands, shortcuts are not redelivered.
          eventKeys: [],
          text: url,
          threadRef: slackThreadRef(channel, threadTs),
          kind: 'link',
          log: logger.child({ slackShortcut: BRIEF_ARTICLE_SHORTCUT, channel, user: shortcut.user.id }),
        },
        slackResponder({
          client,
          channel,
          threadTs,
          respond,
          user: shortcut.user.id,
          membership: inChannel,
          forgetMembership: () => membership.forget(channel),
        }),
      );
    },
  );
  return bolt;
}
