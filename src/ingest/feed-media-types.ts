/**
 * What a feed request accepts. Its own module so the poller and the feed-add probe share it without
 * loading the feed parser, which the bot only needs in its worker pool.
 */
export const FEED_MEDIA_TYPES = [
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/x-rss+xml',
  'application/xml',
  'text/xml',
  'application/feed+xml',
] as const;
