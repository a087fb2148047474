import type { webApi } from '@slack/bolt';
import { PostOutcomeUnknownError, type ScheduledPostKey } from '../../app/channel-poster';
import type { Reply } from '../../app/reply';
import { postSlackMessage } from './post-slack-reply';
import { renderSlackReply } from './render-slack-reply';

/** The metadata event type every scheduled post carries, with its slot key as payload. */
const SCHEDULED_POST_EVENT = 'newsbrief_scheduled_post';
/** Posts are looked for from a little before their slot (clock skew between us and Slack). */
const LOOK_BEFORE_SLOT_S = 300;
/**
 * How far back a lookup reads: 10 pages of 200, 2,000 messages since the first attempt. Past
 * that the lookup cannot decide, and the slot is given up rather than posted blind (see
 * findTaggedRoot).
 */
const HISTORY_PAGES = 10;
const PAGE_SIZE = 200;

/** How far an earlier attempt at a slot got: its root message and which parts (1-based) landed. */
export interface ScheduledSlackProgress {
  ts: string;
  partsPosted: ReadonlySet<number>;
  /** Every part the earlier attempt meant to post is there. */
  complete: boolean;
}

/**
 * Posts a scheduled Reply: the root carries the slot key and the part count, each overflow part in
 * its thread carries the slot key and its number, so a retry can tell which parts landed. With
 * `resume`, only the parts missing from that earlier attempt are posted, in its thread.
 */
export async function postScheduledSlackReply(options: {
  client: webApi.WebClient;
  channel: string;
  reply: Reply;
  scheduled: ScheduledPostKey;
  resume?: ScheduledSlackProgress | undefined;
}): Promise<string> {
  const { client, channel, scheduled, resume } = options;
  const messages = renderSlackReply(options.reply);
  const tag = (payload: Record<string, string>) => ({
    event_type: SCHEDULED_POST_EVENT,
    event_payload: { slot_key: scheduled.key, ...payload },
  });
  let rootTs = resume?.ts;
  for (const [index, message] of messages.entries()) {
    const part = index + 1;
    if (resume?.partsPosted.has(part)) continue;
    if (!rootTs) {
      // A single message keeps the plain tag older versions wrote.
      const parts: Record<string, string> = messages.length > 1 ? { parts: String(messages.length) } : {};
      rootTs = await postSlackMessage({ client, channel, message, metadata: tag(parts) });
      continue;
    }
    await postSlackMessage({ client, channel, message, threadTs: rootTs, metadata: tag({ part: String(part) }) });
  }
  if (!rootTs) throw new Error('renderSlackReply returned no message');
  return rootTs;
}

/** The slot's root message and the parts of it found in its thread, or undefined if none landed. */
export async function findScheduledSlackPost(
  client: webApi.WebClient,
  channel: string,
  scheduled: ScheduledPostKey,
): Promise<ScheduledSlackProgress | undefined> {
  const root = await findTaggedRoot(client, channel, scheduled);
  if (!root) return undefined;
  const parts = Number(root.payload.parts ?? 1);
  const partsPosted = new Set([1]);
  if (parts > 1) {
    for (const payload of await threadPayloads(client, channel, root.ts)) {
      if (payload.slot_key === scheduled.key && payload.part) partsPosted.add(Number(payload.part));
    }
  }
  const complete = Array.from({ length: parts }, (_, i) => i + 1).every((p) => partsPosted.has(p));
  return { ts: root.ts, partsPosted, complete };
}

type Payload = { slot_key?: unknown; parts?: string; part?: string };

interface SlackHistoryMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: unknown };
}

/** The payload of a message tagged as a scheduled post, or undefined. */
function scheduledPayload(message: SlackHistoryMessage): Payload | undefined {
  // The SDK types the payload as {}: it is whatever the poster put there.
  return message.metadata?.event_type === SCHEDULED_POST_EVENT
    ? (message.metadata.event_payload as Payload | undefined)
    : undefined;
}

/** The channel message carrying this slot key, newest pages first, from around the slot on. */
async function findTaggedRoot(client: webApi.WebClient, channel: string, scheduled: ScheduledPostKey) {
  const oldest = (Math.floor(scheduled.earliestMs / 1000) - LOOK_BEFORE_SLOT_S).toString();
  let cursor: string | undefined;
  for (let page = 0; page < HISTORY_PAGES; page++) {
    const result = await client.conversations.history({
      channel,
      oldest,
      include_all_metadata: true,
      limit: PAGE_SIZE,
      ...(cursor ? { cursor } : {}),
    });
    for (const message of result.messages ?? []) {
      const payload = scheduledPayload(message);
      if (message.ts && payload?.slot_key === scheduled.key) return { ts: message.ts, payload };
    }
    cursor = result.response_metadata?.next_cursor || undefined;
    if (!result.has_more || !cursor) return undefined;
  }
  // Pages left unread may hold the post: "not found" here would post it a second time.
  throw new PostOutcomeUnknownError(
    `more than ${HISTORY_PAGES * PAGE_SIZE} messages in the channel since ${new Date(Number(oldest) * 1000).toISOString()}; cannot tell whether the post is there`,
    true,
  );
}

/** The scheduled-post payloads in one thread (a long post has a handful of parts: one page or two). */
async function threadPayloads(client: webApi.WebClient, channel: string, ts: string): Promise<Payload[]> {
  const payloads: Payload[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < HISTORY_PAGES; page++) {
    const result = await client.conversations.replies({
      channel,
      ts,
      include_all_metadata: true,
      limit: PAGE_SIZE,
      ...(cursor ? { cursor } : {}),
    });
    for (const message of result.messages ?? []) {
      const payload = scheduledPayload(message);
      if (payload && message.ts !== ts) payloads.push(payload);
    }
    cursor = result.response_metadata?.next_cursor || undefined;
    if (!result.has_more || !cursor) break;
  }
  return payloads;
}
