import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { webApi } from '@slack/bolt';
import type { ChannelPoster } from '../../app/channel-poster';
import type { NewsbriefApp } from '../../app/newsbrief-app';
import type { Config } from '../../config/config-schema';
import type { Logger } from '../../logging/create-logger';
import { startStep } from '../platform-start-error';
import { createSlackApp } from './create-slack-app';
import type { SlackReceiverChoice } from './create-slack-receiver';
import { slackClientOptions } from './slack-client-options';
import { createSlackSchedulerPoster } from './slack-poster';

type SlackConfig = Pick<
  Config,
  | 'SLACK_BOT_TOKEN'
  | 'SLACK_SIGNING_SECRET'
  | 'SLACK_APP_TOKEN'
  | 'SLACK_PORT'
  | 'SLACK_API_URL'
  | 'NEWSBRIEF_CHANNEL_CHANGES'
  | 'SLACK_MANAGER_IDS'
>;

export interface StartSlackOptions {
  config: SlackConfig;
  app: NewsbriefApp;
  logger: Logger;
  /** HTTP mode: interface to listen on; every interface when undefined (Slack must reach it). */
  host?: string;
  retryConfig?: webApi.RetryOptions;
  /** HTTP mode: what `GET /healthz` checks (the store's ping); 503 when it rejects. */
  healthCheck?: () => Promise<void>;
  /** Socket Mode ping timeouts (tests shorten them). */
  socketPingTimeouts?: { clientMs?: number; serverMs?: number };
}

export interface RunningSlack {
  mode: 'http' | 'socket';
  /** HTTP mode: the port actually listened on (SLACK_PORT=0 picks a free one). */
  port?: number;
  /** Posts to "slack:C123" channels for the scheduler. */
  poster: ChannelPoster;
  stop(): Promise<void>;
}

/**
 * Starts newsbrief on Slack: Socket Mode when SLACK_APP_TOKEN is set, else HTTP on SLACK_PORT
 * at /slack/events. Resolves once connected (socket) or listening (HTTP); rejects if auth.test fails.
 */
export async function startSlack(options: StartSlackOptions): Promise<RunningSlack> {
  const { config, logger } = options;
  if (!config.SLACK_BOT_TOKEN) throw new Error('SLACK_BOT_TOKEN is not set');
  const receiver = receiverChoice(config, options);
  const bolt = createSlackApp({
    botToken: config.SLACK_BOT_TOKEN,
    receiver,
    clientOptions: slackClientOptions({ apiUrl: config.SLACK_API_URL, retryConfig: options.retryConfig }),
    app: options.app,
    logger,
    permissions: { policy: config.NEWSBRIEF_CHANNEL_CHANGES, managerIds: config.SLACK_MANAGER_IDS },
  });
  // Each step is tagged with the setting it tests, so a failure can say which one to fix.
  await startStep('Slack', 'SLACK_BOT_TOKEN', () => bolt.init());
  let port: number | undefined;
  if (receiver.mode === 'http') {
    const server = (await startStep('Slack', 'SLACK_PORT', () =>
      bolt.start({ port: config.SLACK_PORT, host: options.host }),
    )) as Server;
    port = (server.address() as AddressInfo).port;
    logger.info({ component: 'slack', mode: 'http', port, path: '/slack/events' }, 'Slack listening');
  } else {
    await startStep('Slack', 'SLACK_APP_TOKEN', () => bolt.start());
    logger.info({ component: 'slack', mode: 'socket' }, 'Slack connected over Socket Mode');
  }
  let stopped = false;
  return {
    mode: receiver.mode,
    port,
    poster: createSlackSchedulerPoster({ token: config.SLACK_BOT_TOKEN, apiUrl: config.SLACK_API_URL, logger }),
    async stop() {
      if (stopped) return;
      stopped = true;
      await bolt.stop();
    },
  };
}

function receiverChoice(config: SlackConfig, options: StartSlackOptions): SlackReceiverChoice {
  if (config.SLACK_APP_TOKEN) {
    return {
      mode: 'socket',
      appToken: config.SLACK_APP_TOKEN,
      clientPingTimeoutMs: options.socketPingTimeouts?.clientMs,
      serverPingTimeoutMs: options.socketPingTimeouts?.serverMs,
    };
  }
  if (!config.SLACK_SIGNING_SECRET)
    throw new Error('SLACK_SIGNING_SECRET is required in HTTP mode (or set SLACK_APP_TOKEN)');
  return { mode: 'http', signingSecret: config.SLACK_SIGNING_SECRET, healthCheck: options.healthCheck };
}
