import type { types } from '@slack/bolt';
import {
  type CommandRef,
  commandLine,
  type Inline,
  type Reply,
  type ReplyItem,
  type ReplySection,
  sectionItems,
} from '../../app/reply';
import { escapeSlackText, neutralisePlainText, safeSlackUrl } from './escape-slack-text';
import { splitSlackText } from './split-slack-text';

type KnownBlock = types.KnownBlock;

/** One chat.postMessage worth: blocks plus the `text` fallback used by notifications and screen readers. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

export interface SlackLimits {
  sectionChars: number;
  blocksPerMessage: number;
  headerChars: number;
  fallbackChars: number;
}

/** Slack rejects a section over 3000 characters, a message over 50 blocks and a header over 150. */
export const SLACK_LIMITS: SlackLimits = {
  sectionChars: 3000,
  blocksPerMessage: 50,
  headerChars: 150,
  fallbackChars: 3000,
};

/**
 * Renders a platform-neutral Reply as Block Kit. Every text taken from the Reply is escaped.
 * Returns more than one message only when the blocks do not fit in one; the first is the root.
 */
export function renderSlackReply(reply: Reply, limits: SlackLimits = SLACK_LIMITS): SlackMessage[] {
  const blocks: KnownBlock[] = [];
  if (reply.title) {
    blocks.push({
      type: 'header',
      text: { type: 'plain_text', text: clip(neutralisePlainText(reply.title), limits.headerChars) },
    });
  }
  const meta = [reply.subtitle ? escapeSlackText(reply.subtitle) : undefined, linkTo(reply.url)].filter(
    (t) => t !== undefined,
  );
  if (meta.length > 0) blocks.push(contextBlock(meta.join(' · '), limits));
  for (const section of reply.sections) {
    for (const text of splitSlackText(sectionLines(section), limits.sectionChars)) {
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
    }
  }
  if (reply.footer) blocks.push(contextBlock(slackInline(reply.footer), limits));
  if (blocks.length === 0) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: ' ' } });

  const messages: SlackMessage[] = [];
  for (let i = 0; i < blocks.length; i += limits.blocksPerMessage) {
    const part = blocks.slice(i, i + limits.blocksPerMessage);
    messages.push({ blocks: part, text: fallbackText(reply, part, i > 0, limits) });
  }
  return messages;
}

function sectionLines(section: ReplySection): string[] {
  const lines = sectionItems(section).map((item, index) => formatItem(section.style, item, index));
  return section.heading ? [`*${escapeSlackText(section.heading)}*`, ...lines] : lines;
}

function formatItem(style: ReplySection['style'], item: ReplyItem, index: number): string {
  const note =
    (item.note ? ` _(${escapeSlackText(item.note)})_` : '') + (item.command ? ` ${slackCommand(item.command)}` : '');
  const text = item.parts ? slackInline(item.parts) : escapeSlackText(item.text);
  switch (style) {
    case 'bullets':
      return `• ${text}${note}`;
    case 'numbered':
      return `${index + 1}. ${text}${note}`;
    case 'quotes': {
      const who = item.speaker ? `*${escapeSlackText(item.speaker)}*` : '_unattributed_';
      return `> “${text}” — ${who}${note}`;
    }
    case 'paragraph':
      return `${text}${note}`;
  }
}

function contextBlock(text: string, limits: SlackLimits): KnownBlock {
  return {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: splitSlackText([text], limits.sectionChars)[0] ?? ' ' }],
  };
}

function linkTo(url: string | undefined): string | undefined {
  const safe = safeSlackUrl(url);
  return safe ? `<${safe}|Open the article>` : undefined;
}

/** The fallback repeats the message's text content (already escaped), shortened for notifications. */
function fallbackText(reply: Reply, blocks: KnownBlock[], continued: boolean, limits: SlackLimits): string {
  const parts: string[] = [];
  if (continued && reply.title) parts.push(`${escapeSlackText(reply.title)} (continued)`);
  for (const block of blocks) {
    if (block.type === 'header') parts.push(escapeSlackText(block.text.text.replace(/\u200B/g, '')));
    if (block.type === 'section' && block.text) parts.push(block.text.text);
  }
  return splitSlackText([parts.join('\n') || ' '], limits.fallbackChars)[0] ?? ' ';
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Text runs escaped, command references as inline code: how Slack users see commands. */
function slackInline(parts: string | readonly Inline[]): string {
  if (typeof parts === 'string') return escapeSlackText(parts);
  return parts.map((p) => (typeof p === 'string' ? escapeSlackText(p) : slackCommand(p))).join('');
}

function slackCommand(ref: CommandRef): string {
  // Inside inline code nothing is formatted, but entities are still decoded: escape, and keep
  // backticks out so the code span cannot be closed early.
  return `\`${escapeSlackText(commandLine(ref)).replace(/`/g, "'")}\``;
}
