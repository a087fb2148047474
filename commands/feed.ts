import { cmd, errorReply, type Inline, noticeReply, type Reply } from '../src/app/reply';
import { normalizeArticleUrl } from '../src/ingest/article-url';
import { checkFeedUrl } from '../src/ingest/check-feed-url';
import type { ChannelFeed } from '../src/store/feed-repository';
import type { CommandContext, CommandDefinition } from './command-definition';
import { mayChange } from './may-change';

const USAGE: Inline[] = [
  cmd('feed', 'add <url>'),
  ' · ',
  cmd('feed', 'list'),
  ' · ',
  cmd('feed', 'remove <number | url>'),
];

/** `/brief feed …`: follow RSS/Atom feeds in this channel; new stories are ingested and announced in its digest. */
export const feedCommand: CommandDefinition = {
  name: 'feed',
  description: 'Follow RSS or Atom feeds in this channel: new stories are added and listed in its digest',
  usage: 'add <url> | list | remove <number | url>',
  example: 'add https://example.com/news/rss.xml',
  options: [
    { name: 'action', description: 'add, list or remove', required: true },
    {
      name: 'target',
      description: 'The feed URL (add), or its number or URL from “feed list” (remove)',
      required: false,
    },
  ],
  async run(args, ctx) {
    const [action = '', ...rest] = args.trim().split(/\s+/);
    const target = rest.join(' ').trim();
    switch (action.toLowerCase()) {
      case 'add':
        return (await guarded(ctx)) ?? addFeed(target, ctx);
      case 'list':
      case '':
        if (target) return errorReply(['“feed list” takes nothing after it: ', cmd('feed', 'list'), '.']);
        return listFeeds(ctx);
      case 'remove':
      case 'rm':
      case 'unfollow':
        return (await guarded(ctx)) ?? removeFeed(target, ctx);
      default:
        return errorReply([`Unknown feed action “${action.slice(0, 40)}”. Use: `, ...USAGE]);
    }
  },
};

/** Listing is for everyone; adding and removing change what the channel receives. */
async function guarded(ctx: CommandContext): Promise<Reply | undefined> {
  if (await mayChange(ctx)) return undefined;
  return errorReply(
    'Only members who can manage this channel can add or remove its feeds; ask one of them, or an admin.',
  );
}

async function addFeed(target: string, ctx: CommandContext): Promise<Reply> {
  // Slack wraps links as <https://…> or <https://…|label>.
  const raw = /^<?([^\s<>|]+)(?:\|[^>]*)?>?$/.exec(target)?.[1] ?? '';
  const refused = checkFeedUrl(raw, ctx.app.feedUrlPolicy ?? { allowPrivate: false });
  if (refused) return errorReply(refused);
  const url = raw ? normalizeArticleUrl(raw) : null;
  if (!url || /^https?:\/\/[^/]*@/i.test(raw))
    return errorReply(["Give the feed's http(s) address, e.g. ", cmd('feed', 'add https://example.com/rss.xml'), '.']);
  const result = await ctx.app.feeds.subscribe({ url, channelId: ctx.channelId, addedBy: ctx.userId });
  if (result.kind === 'limit')
    return errorReply([
      `This channel already follows ${result.limit} feeds; remove one first (`,
      cmd('feed', 'list'),
      ').',
    ]);
  if (result.kind === 'existing') return noticeReply(`This channel already follows ${label(result.feed)}.`);
  if (result.kind === 'unreadable')
    return errorReply(
      result.feedLink
        ? [`Not following ${url}: ${result.reason} Follow it with `, cmd('feed', `add ${result.feedLink}`), '.']
        : [`Not following ${url}: ${result.reason} Nothing was added.`],
    );
  return noticeReply(
    [
      `Following ${result.title ? `“${result.title}” (${url})` : url} in this channel. It is checked within a minute and then on a schedule; new stories are added and listed in this channel's digest. Problems show in `,
      cmd('feed', 'list'),
      '.',
    ],
    'channel',
  );
}

async function listFeeds(ctx: CommandContext): Promise<Reply> {
  const list = await ctx.app.feeds.list(ctx.channelId);
  if (list.length === 0)
    return noticeReply(['This channel follows no feeds. Add one with ', cmd('feed', 'add <url>'), '.']);
  return {
    kind: 'list',
    visibility: 'ephemeral',
    title: `Feeds followed in this channel (${list.length})`,
    // Each feed's id, not its place in this list: a number from an older list (one removed since)
    // still names the same feed.
    sections: [
      { style: 'bullets', items: list.map((f) => ({ text: `${f.id}: ${label(f)}`, note: status(f) + givenUp(f) })) },
    ],
    footer: ['Remove one with ', cmd('feed', 'remove <number>')],
  };
}

async function removeFeed(target: string, ctx: CommandContext): Promise<Reply> {
  if (!target) return errorReply(['Which feed? Give its number from ', cmd('feed', 'list'), ', or its link.']);
  const list = await ctx.app.feeds.list(ctx.channelId);
  const index = /^#?(\d{1,9})$/.exec(target)?.[1];
  const wanted = target.replace(/^<|>$/g, '').split('|')[0] ?? '';
  const match = index
    ? list.find((f) => f.id === Number(index))
    : list.find((f) => f.url === normalizeArticleUrl(wanted) || f.url === wanted);
  if (!match) return errorReply([`No followed feed matches “${target.slice(0, 200)}”. See `, cmd('feed', 'list'), '.']);
  await ctx.app.feeds.unsubscribe(ctx.channelId, match.id);
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

/** Items whose page failed for 3 days are not retried; the newsroom should know the stories are missing. */
function givenUp(feed: ChannelFeed): string {
  const n = feed.givenUpItems;
  if (n === 0) return '';
  return ` · ${n} ${n === 1 ? 'story' : 'stories'} given up (page failed for 3 days)`;
}

function shortTime(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
