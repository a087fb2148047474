import { errorReply, noticeReply, type Reply } from '../src/app/reply';
import { normalizeArticleUrl } from '../src/ingest/article-url';
import { checkFeedUrl } from '../src/ingest/check-feed-url';
import type { ChannelFeed } from '../src/store/feed-repository';
import type { CommandContext, CommandDefinition } from './command-definition';

/** A channel following hundreds of feeds is a mistake or abuse; each poll costs fetches. */
const MAX_FEEDS_PER_CHANNEL = 25;
const USAGE = '/brief feed add <url> | feed list | feed remove <number | url>';

/** `/brief feed …`: follow RSS/Atom feeds in this channel; new stories are ingested and announced in its digest. */
export const feedCommand: CommandDefinition = {
  name: 'feed',
  description: 'Follow RSS or Atom feeds in this channel: new stories are added and listed in its digest',
  usage: USAGE,
  example: '/brief feed add https://example.com/news/rss.xml',
  options: [
    { name: 'action', description: 'add, list or remove', required: true },
    {
      name: 'target',
      description: 'The feed URL (add), or its number or URL from `feed list` (remove)',
      required: false,
    },
  ],
  async run(args, ctx) {
    const [action = '', ...rest] = args.trim().split(/\s+/);
    const target = rest.join(' ').trim();
    switch (action.toLowerCase()) {
      case 'add':
        return addFeed(target, ctx);
      case 'list':
      case '':
        return listFeeds(ctx);
      case 'remove':
      case 'rm':
      case 'unfollow':
        return removeFeed(target, ctx);
      default:
        return errorReply(`Unknown feed action “${action.slice(0, 40)}”. Use: ${USAGE}`);
    }
  },
};

function addFeed(target: string, ctx: CommandContext): Reply {
  // Slack wraps links as <https://…> or <https://…|label>.
  const raw = /^<?([^\s<>|]+)(?:\|[^>]*)?>?$/.exec(target)?.[1] ?? '';
  const refused = checkFeedUrl(raw, ctx.app.feedUrlPolicy ?? { allowPrivate: false });
  if (refused) return errorReply(refused);
  const url = raw ? normalizeArticleUrl(raw) : null;
  if (!url || /^https?:\/\/[^/]*@/i.test(raw))
    return errorReply(`Give the feed's http(s) address, e.g. \`/brief feed add https://example.com/rss.xml\`.`);
  const feeds = ctx.app.store.feeds;
  if (feeds.listForChannel(ctx.channelId).length >= MAX_FEEDS_PER_CHANNEL) {
    return errorReply(
      `This channel already follows ${MAX_FEEDS_PER_CHANNEL} feeds; remove one first (\`/brief feed list\`).`,
    );
  }
  const { feed, created } = feeds.subscribe({ url, channelId: ctx.channelId, addedBy: ctx.userId });
  if (!created) return noticeReply(`This channel already follows ${label(feed)}.`);
  return noticeReply(
    `Following ${url} in this channel. It is checked within a minute and then on a schedule; new stories are added and listed in this channel's digest. Problems show in \`/brief feed list\`.`,
    'channel',
  );
}

function listFeeds(ctx: CommandContext): Reply {
  const list = ctx.app.store.feeds.listForChannel(ctx.channelId);
  if (list.length === 0) return noticeReply(`This channel follows no feeds. Add one with \`/brief feed add <url>\`.`);
  return {
    kind: 'list',
    visibility: 'ephemeral',
    title: `Feeds followed in this channel (${list.length})`,
    sections: [{ style: 'numbered', items: list.map((f) => ({ text: label(f), note: status(f) })) }],
    footer: 'Remove one with /brief feed remove <number>',
  };
}

function removeFeed(target: string, ctx: CommandContext): Reply {
  const feeds = ctx.app.store.feeds;
  const list = feeds.listForChannel(ctx.channelId);
  const index = /^#?(\d{1,3})$/.exec(target)?.[1];
  const wanted = target.replace(/^<|>$/g, '').split('|')[0] ?? '';
  const match = index
    ? list[Number(index) - 1]
    : list.find((f) => f.url === normalizeArticleUrl(wanted) || f.url === wanted);
  if (!match) return errorReply(`No followed feed matches “${target.slice(0, 200)}”. See \`/brief feed list\`.`);
  feeds.unsubscribe(ctx.channelId, match.id);
  return noticeReply(`Stopped following ${label(match)}. Stories already added stay stored.`, 'channel');
}

function label(feed: ChannelFeed): string {
  return feed.title ? `${feed.title} (${feed.url})` : feed.url;
}

function status(feed: ChannelFeed): string {
  if (feed.failureCount > 0)
    return `failing (${feed.failureCount}×): ${feed.lastError ?? 'unknown error'} · next try ${shortTime(feed.nextPollAt)}`;
  if (feed.lastSuccessAt) return `ok · checked ${shortTime(feed.lastSuccessAt)}`;
  return 'not checked yet';
}

function shortTime(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
