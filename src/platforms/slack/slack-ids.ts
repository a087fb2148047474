/**
 * Ids newsbrief stores for Slack things. Prefixed so one database serves several platforms:
 * channels "slack:C123", users "slack:U123", threads "slack:C123:1700000000.000100".
 */
export const slackChannelId = (channel: string) => `slack:${channel}`;
export const slackUserId = (user: string) => `slack:${user}`;
export const slackThreadRef = (channel: string, ts: string) => `slack:${channel}:${ts}`;

/** "slack:C123" -> "C123"; undefined for another platform's id. */
export function rawSlackChannel(channelId: string): string | undefined {
  const match = /^slack:([A-Z0-9]+)$/i.exec(channelId);
  return match?.[1];
}
