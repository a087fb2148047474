import { App as BoltApp, type webApi } from '@slack/bolt';
import type { NewsbriefApp } from '../../app/newsbrief-app';
import type { Logger } from '../../logging/create-logger';
import { boltLogger } from './bolt-logger';
import { createSlackReceiver, type SlackReceiverChoice } from './create-slack-receiver';
import { handleBriefCommand } from './handle-brief-command';
import { handleMessageEvents } from './handle-message-events';
import { errorSummary } from './slack-api-error';

export interface CreateSlackAppOptions {
  botToken: string;
  receiver: SlackReceiverChoice;
  /** Web API base URL (SLACK_API_URL); Slack's own when undefined. */
  apiUrl?: string;
  /** How the WebClient retries; 429s are retried after their Retry-After and count as a retry. */
  retryConfig?: webApi.RetryOptions;
  app: NewsbriefApp;
  logger: Logger;
  commandName?: string;
}

/** Interactive users should not wait half an hour (the SDK default): a few quick retries, then apologise. */
export const DEFAULT_SLACK_RETRY: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5_000 };

/**
 * The Bolt App with newsbrief's listeners. Not started and not initialised: `await bolt.init()`
 * (auth.test, which tells us our own bot user id) then `bolt.start()`.
 */
export function createSlackApp(options: CreateSlackAppOptions): BoltApp {
  const logger = boltLogger(options.logger);
  const clientOptions: webApi.WebClientOptions = {
    slackApiUrl: options.apiUrl,
    retryConfig: options.retryConfig ?? DEFAULT_SLACK_RETRY,
    // false: the client waits out Retry-After and tries again instead of failing at once.
    rejectRateLimitedCalls: false,
    timeout: 10_000,
  };
  if (!clientOptions.slackApiUrl) delete clientOptions.slackApiUrl;
  const bolt = new BoltApp({
    token: options.botToken,
    receiver: createSlackReceiver({ choice: options.receiver, logger, clientOptions }),
    logger,
    clientOptions,
    deferInitialization: true,
    ignoreSelf: true,
    // Bolt's in-memory conversation store is unused and would grow forever.
    convoStore: false,
  });
  bolt.error(async (error) => {
    options.logger.error({ err: errorSummary(error), component: 'slack' }, 'unhandled error in a Slack listener');
  });
  handleBriefCommand(bolt, { app: options.app, logger: options.logger, commandName: options.commandName ?? '/brief' });
  handleMessageEvents(bolt, { app: options.app, logger: options.logger });
  return bolt;
}
