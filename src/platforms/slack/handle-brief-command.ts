import type { App as BoltApp } from '@slack/bolt';
import { runBriefCommand } from '../../../commands/index';
import type { NewsbriefApp } from '../../app/newsbrief-app';
import { errorReply } from '../../app/reply';
import type { Logger } from '../../logging/create-logger';
import { postSlackReply } from './post-slack-reply';
import { respondEphemeral } from './send-ephemeral';
import { errorSummary, slackApiErrorCode, slackApology } from './slack-api-error';
import { slackChannelId, slackUserId } from './slack-ids';

export interface BriefCommandOptions {
  app: NewsbriefApp;
  logger: Logger;
  /** "/brief" unless the manifest was changed (e.g. "/brief-dev" for a second app). */
  commandName: string;
}

/**
 * `/brief …`: ack first (Slack gives up after 3 s and the engine may be slow), then run the
 * command and post its Reply: channel replies as real messages (so briefs get a thread),
 * ephemeral ones through the response_url.
 */
export function handleBriefCommand(bolt: BoltApp, options: BriefCommandOptions): void {
  const { app } = options;
  bolt.command(options.commandName, async ({ command, ack, respond, client }) => {
    await ack();
    const log = options.logger.child({
      slackCommand: command.command,
      channel: command.channel_id,
      user: command.user_id,
    });
    const ctx = {
      platform: 'slack' as const,
      channelId: slackChannelId(command.channel_id),
      userId: slackUserId(command.user_id),
      app,
    };
    try {
      const reply = await runBriefCommand(command.text ?? '', ctx).catch((error: unknown) => {
        log.error({ err: errorSummary(error) }, 'command failed');
        return errorReply('Sorry, that did not work because of an internal error. It has been logged.');
      });
      if (reply.visibility === 'ephemeral') {
        await respondEphemeral(respond, reply);
        return;
      }
      await postSlackReply({ client, conversations: app.store.conversations, channel: command.channel_id, reply });
    } catch (error) {
      const code = slackApiErrorCode(error);
      log.error({ code, err: errorSummary(error) }, 'posting the command reply failed');
      await respond({ response_type: 'ephemeral', replace_original: false, text: slackApology(code) }).catch(
        (e: unknown) => log.error({ err: errorSummary(e) }, 'could not send the apology either'),
      );
    }
  });
}
