import { PlatformStartError } from '../platforms/platform-start-error';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
const SLACK_REJECTED = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive']);

const FIX: Record<string, string> = {
  SLACK_BOT_TOKEN: 'copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions',
  SLACK_APP_TOKEN:
    'create an app-level token (xapp-…) with the connections:write scope under Basic Information → App-Level Tokens',
  DISCORD_TOKEN: 'copy the bot token from the Developer Portal → Bot → Reset Token',
};

/**
 * One line saying what to fix when a platform refused us or could not be reached at start-up,
 * or undefined for anything else (a bug: shown in full). Never includes a token's value.
 */
export function setupErrorMessage(error: unknown): string | undefined {
  if (!(error instanceof PlatformStartError)) return undefined;
  const { platform, setting, cause } = error;
  const network = networkCode(cause);
  if (network) {
    const where = platform === 'Slack' ? 'SLACK_API_URL' : 'DISCORD_API_URL';
    return `Cannot reach ${platform} (${network}): check the network connection or proxy${` (or ${where}, if set)`}, then try again.`;
  }
  if (setting === 'SLACK_PORT' && errorCode(cause) === 'EADDRINUSE') {
    return 'SLACK_PORT is already in use by another program: stop it or choose another port.';
  }
  const slackError = platform === 'Slack' ? slackApiError(cause) : undefined;
  if (slackError && SLACK_REJECTED.has(slackError)) {
    return `Slack rejected ${setting} (${slackError}): ${FIX[setting] ?? 'check it'}.`;
  }
  if (platform === 'Discord') {
    const status = (cause as { status?: unknown } | undefined)?.status;
    if (errorCode(cause) === 'TokenInvalid' || status === 401) {
      return `Discord rejected DISCORD_TOKEN (401 Unauthorized): ${FIX.DISCORD_TOKEN}.`;
    }
    if (status === 403) {
      return 'Discord refused (403 Missing Access): check DISCORD_APPLICATION_ID is the token’s application and the bot was invited with the applications.commands scope (to DISCORD_GUILD_ID, if set).';
    }
  }
  return undefined;
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** ECONNREFUSED and the like, wherever the SDK put it (undici nests it under `cause`). */
function networkCode(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== 'object' || depth > 4) return undefined;
  const code = errorCode(error);
  if (code && NETWORK_CODES.has(code)) return code;
  const e = error as { cause?: unknown; original?: unknown; errors?: unknown };
  for (const inner of [e.cause, e.original, ...(Array.isArray(e.errors) ? e.errors : [])]) {
    const found = networkCode(inner, depth + 1);
    if (found) return found;
  }
  if (errorCode(error) === 'slack_webapi_request_error') return 'no connection';
  return undefined;
}

function slackApiError(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}
