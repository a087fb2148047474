import {
  type CommandRef,
  commandLine,
  inlineText,
  type Reply,
  type ReplyItem,
  type ReplySection,
  sectionItems,
} from '../../app/reply';
import { terminalSafeText as escapeConsoleText } from './terminal-safe-text';

/**
 * Renders a Reply as plain terminal text. Commands read as the console chat types them
 * (`/brief list`) unless `write` says otherwise (a shell writes `newsbrief list`).
 */
export function renderConsoleReply(reply: Reply, write: (ref: CommandRef) => string = commandLine): string {
  const lines: string[] = [];
  if (reply.title) lines.push(`== ${escapeConsoleText(reply.title)} ==`);
  if (reply.url) lines.push(`   ${escapeConsoleText(reply.url)}`);
  if (reply.subtitle) lines.push(`   ${escapeConsoleText(reply.subtitle)}`);
  for (const section of reply.sections) {
    if (lines.length > 0) lines.push('');
    lines.push(...renderSection(section, write));
  }
  if (reply.footer) lines.push('', `-- ${escapeConsoleText(inlineText(reply.footer, write))}`);
  return lines.join('\n');
}

function renderSection(section: ReplySection, write: (ref: CommandRef) => string): string[] {
  const out = section.heading ? [escapeConsoleText(section.heading)] : [];
  const indent = section.heading ? '  ' : '';
  for (const [i, item] of sectionItems(section).entries()) out.push(indent + renderItem(section.style, item, i, write));
  return out;
}

function renderItem(
  style: ReplySection['style'],
  item: ReplyItem,
  index: number,
  write: (ref: CommandRef) => string,
): string {
  const text = escapeConsoleText(item.parts ? inlineText(item.parts, write) : item.text);
  const small = [item.note, item.command && write(item.command)].filter(Boolean).join(' · ');
  const note = small ? ` (${escapeConsoleText(small)})` : '';
  switch (style) {
    case 'quotes':
      return `“${text}” — ${item.speaker ? escapeConsoleText(item.speaker) : 'unattributed'}${note}`;
    case 'numbered':
      return `${index + 1}. ${text}${note}`;
    case 'bullets':
      return `• ${text}${note}`;
    case 'paragraph':
      return `${text}${note}`;
  }
}
