import type { webApi } from '@slack/bolt';
import type { Logger } from '../../logging/create-logger';
import { errorSummary } from './slack-api-error';

export interface SlackPermissionOptions {
  client: webApi.WebClient;
  /** managers: admins, owners and `managerIds`; everyone: no restriction. */
  policy: 'managers' | 'everyone';
  /** SLACK_MANAGER_IDS: raw user ids ("U123") allowed besides workspace admins and owners. */
  managerIds: readonly string[];
  logger: Logger;
}

const REMEMBER_MS = 10 * 60_000;

/**
 * Who may change what a channel shares (follow-ups, digest, feeds, resolved questions). Slack has
 * no per-channel "manage" permission a bot can read, so: workspace admins and owners
 * (`users.info`), plus the users listed in SLACK_MANAGER_IDS.
 */
export function createSlackPermissions(options: SlackPermissionOptions) {
  const listed = new Set(options.managerIds);
  const cache = new Map<string, { allowed: boolean; until: number }>();
  return async function mayChangeChannel(user: string): Promise<boolean> {
    if (options.policy === 'everyone' || listed.has(user)) return true;
    const hit = cache.get(user);
    if (hit && hit.until > Date.now()) return hit.allowed;
    try {
      const info = await options.client.users.info({ user });
      const allowed = !!(info.user?.is_admin || info.user?.is_owner || info.user?.is_primary_owner);
      cache.set(user, { allowed, until: Date.now() + REMEMBER_MS });
      return allowed;
    } catch (error) {
      // Unknown is "no": a change can wait, a wrong change cannot be taken back by the channel.
      options.logger.warn({ component: 'slack', user, err: errorSummary(error) }, 'could not look up the user');
      return false;
    }
  };
}
