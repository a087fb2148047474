import type { APIEmbed } from 'discord.js';
import {
  type CommandRef,
  commandLine,
  type Inline,
  inlineText,
  type Reply,
  type ReplyItem,
  type ReplySection,
  sectionItems,
} from '../../app/reply';
import { escapeDiscordText, neutraliseDiscordMentions, truncateDiscordText } from './escape-discord-text';

/** Discord's documented message and embed limits (characters). */
export const DISCORD_LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Sum of titles, descriptions, field names/values and footers over all embeds of a message. */
  total: 6000,
  embeds: 10,
} as const;

export interface DiscordMessageBody {
  content?: string;
  embeds: APIEmbed[];
  /** The Reply asked for only-the-asker visibility (interactions only; messages cannot be). */
  ephemeral: boolean;
}

const COLOURS: Partial<Record<Reply['kind'], number>> = {
  brief: 0x2f6fb3,
  answer: 0x2f8f5b,
  error: 0xc0392b,
  digest: 0x7d5ba6,
  followup: 0xd68910,
};
const SHORTENED = 'shortened to fit Discord';

/**
 * Reply → Discord message: notices and errors as plain text when they fit 2000 characters,
 * everything else as embeds (title linking to the source, headed sections as fields) kept
 * inside every embed limit. Every text field is escaped here; nothing else escapes.
 */
export function renderDiscordReply(reply: Reply): DiscordMessageBody {
  const ephemeral = reply.visibility === 'ephemeral';
  if ((reply.kind === 'notice' || reply.kind === 'error') && !reply.title) {
    const text = plainText(reply);
    if (text.length <= DISCORD_LIMITS.content) return { content: text, embeds: [], ephemeral };
  }
  return { embeds: renderEmbeds(reply), ephemeral };
}

function plainText(reply: Reply): string {
  const parts: string[] = [];
  if (reply.title) parts.push(`**${escapeDiscordText(reply.title)}**`);
  if (reply.subtitle) parts.push(`-# ${escapeDiscordText(reply.subtitle)}`);
  for (const section of reply.sections) {
    const lines = sectionLines(section);
    parts.push(section.heading ? [`**${escapeDiscordText(section.heading)}**`, ...lines].join('\n') : lines.join('\n'));
  }
  if (reply.footer) parts.push(`-# ${discordInline(reply.footer)}`);
  return parts.join('\n\n');
}

function renderEmbeds(reply: Reply): APIEmbed[] {
  // Footers show no markdown: commands in them are plain text.
  const footerText = reply.footer ? escapeDiscordText(inlineText(reply.footer, discordCommandLine)) : '';
  // Keep room for the footer and the "shortened" note so they always fit the 6000 total.
  let budget = DISCORD_LIMITS.total - Math.min(footerText.length, 1000) - SHORTENED.length - 8;
  const first: APIEmbed = { color: COLOURS[reply.kind] ?? 0x5d6d7e };
  if (reply.title) first.title = truncateDiscordText(escapeDiscordText(reply.title), DISCORD_LIMITS.title);
  const url = safeUrl(reply.url);
  if (url && first.title) first.url = url;
  budget -= first.title?.length ?? 0;

  const descriptionParts = reply.subtitle ? [`-# ${escapeDiscordText(reply.subtitle)}`] : [];
  for (const section of reply.sections.filter((s) => !s.heading))
    descriptionParts.push(sectionLines(section).join('\n'));
  let shortened = false;
  if (descriptionParts.length > 0) {
    const joined = descriptionParts.join('\n\n');
    const description = truncateDiscordText(joined, Math.min(DISCORD_LIMITS.description, budget));
    shortened ||= description !== joined;
    first.description = description;
    budget -= description.length;
  }

  const embeds = [first];
  let current = first;
  for (const section of reply.sections.filter((s) => s.heading)) {
    const heading = truncateDiscordText(escapeDiscordText(section.heading!), DISCORD_LIMITS.fieldName - 10);
    const chunks = chunkLines(sectionLines(section), DISCORD_LIMITS.fieldValue);
    for (const [i, chunk] of chunks.entries()) {
      const name = i === 0 ? heading : `${heading} (cont.)`;
      if (name.length + chunk.length > budget) {
        shortened = true;
        break;
      }
      if ((current.fields?.length ?? 0) >= DISCORD_LIMITS.fields) {
        if (embeds.length >= DISCORD_LIMITS.embeds) {
          shortened = true;
          break;
        }
        current = { color: first.color };
        embeds.push(current);
      }
      current.fields ??= [];
      current.fields.push({ name, value: chunk });
      budget -= name.length + chunk.length;
    }
  }
  const footer = [footerText && truncateDiscordText(footerText, 1000), shortened ? SHORTENED : '']
    .filter(Boolean)
    .join(' · ');
  if (footer) current.footer = { text: footer };
  return embeds;
}

function sectionLines(section: ReplySection): string[] {
  return sectionItems(section).map((item, i) => {
    switch (section.style) {
      case 'quotes':
        return quoteLine(item);
      case 'numbered':
        return `**${i + 1}.** ${itemText(item)}${note(item)}`;
      case 'bullets':
        return `• ${itemText(item)}${note(item)}`;
      default:
        return `${itemText(item)}${note(item)}`;
    }
  });
}

function quoteLine(item: ReplyItem): string {
  const speaker = item.speaker ? `\n> — ${escapeDiscordText(item.speaker)}` : '';
  return `> “${escapeDiscordText(item.text)}”${speaker}${note(item)}`;
}

function note(item: ReplyItem): string {
  return (
    (item.note ? ` *(${escapeDiscordText(item.note)})*` : '') + (item.command ? ` ${discordCommand(item.command)}` : '')
  );
}

function itemText(item: ReplyItem): string {
  return item.parts ? discordInline(item.parts) : escapeDiscordText(item.text);
}

function discordInline(parts: string | readonly Inline[]): string {
  if (typeof parts === 'string') return escapeDiscordText(parts);
  return parts.map((p) => (typeof p === 'string' ? escapeDiscordText(p) : discordCommand(p))).join('');
}

/** Discord cannot put a free-text option beside subcommands: `/brief <query>` is `/brief story <query>`. */
function discordCommandLine(ref: CommandRef): string {
  return commandLine(ref.command === '' ? { ...ref, command: 'story' } : ref);
}

/** As inline code, which cannot link or ping; backticks inside would end it, so they go. */
function discordCommand(ref: CommandRef): string {
  return `\`${neutraliseDiscordMentions(discordCommandLine(ref).replace(/`/g, "'"))}\``;
}

/** Groups lines into chunks of at most `max` characters; an over-long line is cut on its own. */
function chunkLines(lines: string[], max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = truncateDiscordText(raw, max);
    if (current && current.length + 1 + line.length > max) {
      chunks.push(current);
      current = line;
    } else {
      current = current ? `${current}\n${line}` : line;
    }
  }
  if (current) chunks.push(current);
  return chunks.length > 0 ? chunks : ['—'];
}

function safeUrl(url: string | undefined): string | undefined {
  if (!url || url.length > 2048) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : undefined;
  } catch {
    return undefined;
  }
}
