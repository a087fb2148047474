import type { ChannelPoster } from '../app/channel-poster';
import type { SchedulerDeps } from './scheduler-types';

/**
 * The poster for a channel's platform ("slack:C1" → the Slack poster). The fallback poster (the
 * console, for `tick`) takes only `console:` channels: a Discord slot printed to a terminal and
 * marked delivered would never reach the Discord channel, so without a Discord poster the slot
 * is left due for a process that has one.
 */
export function posterFor(
  channelId: string,
  deps: Pick<SchedulerDeps, 'posters' | 'fallbackPoster'>,
): ChannelPoster | undefined {
  const platform = channelId.split(':')[0];
  const own = deps.posters.find((p) => p.platform === platform);
  if (own) return own;
  return platform === 'console' ? deps.fallbackPoster : undefined;
}
