import type { ServerResponse } from 'node:http';
import { HTTPReceiver, type Receiver, type Logger as SlackLogger, SocketModeReceiver, type webApi } from '@slack/bolt';

/** HTTP mode: Slack POSTs commands and events to one public URL. Scales horizontally. */
interface HttpReceiverChoice {
  mode: 'http';
  signingSecret: string;
  /** Where Slack sends requests; the manifest points commands and events here. */
  endpoint?: string;
  /** What `/healthz` checks (the database); rejecting answers 503. Without it, 200 while serving. */
  healthCheck?: () => Promise<void>;
}

/** Socket Mode: the app dials out over a WebSocket, so no public URL is needed. One connection per app. */
interface SocketReceiverChoice {
  mode: 'socket';
  appToken: string;
  /** Slack pings every ~30 s; tests shorten these so a stopped fake is noticed quickly. */
  clientPingTimeoutMs?: number;
  serverPingTimeoutMs?: number;
}

export type SlackReceiverChoice = HttpReceiverChoice | SocketReceiverChoice;

export interface SlackReceiverOptions {
  choice: SlackReceiverChoice;
  logger: SlackLogger;
  /** The Web API options; Socket Mode calls apps.connections.open through them (SLACK_API_URL). */
  clientOptions: webApi.WebClientOptions;
}

const SLACK_EVENTS_PATH = '/slack/events';

export function createSlackReceiver(options: SlackReceiverOptions): Receiver {
  const { choice, logger } = options;
  if (choice.mode === 'http') {
    return new HTTPReceiver({
      signingSecret: choice.signingSecret,
      endpoints: [choice.endpoint ?? SLACK_EVENTS_PATH],
      // false: ack() answers Slack at once and the listener keeps working after (a long-lived
      // server, not a FaaS). Signature and 5-minute timestamp checks are on by default -> 401.
      processBeforeResponse: false,
      signatureVerification: true,
      // For load balancers and uptime checks; Slack itself only POSTs to the events path.
      customRoutes: [
        {
          path: '/healthz',
          method: ['GET'],
          handler: (_req, res) => void answerHealthCheck(res, choice.healthCheck, logger),
        },
      ],
      logger,
    });
  }
  return new SocketModeReceiver({
    appToken: choice.appToken,
    logger,
    clientPingTimeout: choice.clientPingTimeoutMs,
    serverPingTimeout: choice.serverPingTimeoutMs,
    // SocketModeClient copies these for apps.connections.open and mutates retryConfig when it is
    // missing, so it gets its own object.
    installerOptions: { clientOptions: { ...options.clientOptions } },
  });
}

/** A check slower than this counts as failed: a load balancer must not hang on a stuck database. */
const HEALTH_TIMEOUT_MS = 2_000;

/**
 * 200 `ok` when the check passes, else 503 naming what failed, so a load balancer stops sending
 * Slack's events to a replica that cannot reach the database (another replica answers them).
 */
async function answerHealthCheck(
  res: ServerResponse,
  check: (() => Promise<void>) | undefined,
  logger: SlackLogger,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    if (check) {
      await Promise.race([
        check(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer in ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS);
        }),
      ]);
    }
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  } catch (error) {
    logger.warn(`health check failed: ${error instanceof Error ? error.message : String(error)}`);
    res.writeHead(503, { 'content-type': 'text/plain' }).end('database unreachable');
  } finally {
    clearTimeout(timer);
  }
}
