import { commandLine, inlineText, type Reply, type ReplyItem, type ReplySection } from '../../app/reply';

/** Article text is untrusted: drop terminal control sequences (colours, cursor moves, bells). */
function escapeConsoleText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  return text.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/[\x00-\x08\x0b-\x1f\x7f\x9b]/g, '');
}

/** Renders a Reply as plain terminal text. */
export function renderConsoleReply(reply: Reply): string {
  const lines: string[] = [];
  if (reply.title) lines.push(`== ${escapeConsoleText(reply.title)} ==`);
  if (reply.url) lines.push(`   ${escapeConsoleText(reply.url)}`);
  if (reply.subtitle) lines.push(`   ${escapeConsoleText(reply.subtitle)}`);
  for (const section of reply.sections) {
    if (lines.length > 0) lines.push('');
    lines.push(...renderSection(section));
  }
  if (reply.footer) lines.push('', `-- ${escapeConsoleText(inlineText(reply.footer))}`);
  return lines.join('\n');
}

function renderSection(section: ReplySection): string[] {
  const out = section.heading ? [escapeConsoleText(section.heading)] : [];
  const indent = section.heading ? '  ' : '';
  for (const [i, item] of section.items.entries()) out.push(indent + renderItem(section.style, item, i));
  return out;
}

function renderItem(style: ReplySection['style'], item: ReplyItem, index: number): string {
  const text = escapeConsoleText(item.parts ? inlineText(item.parts) : item.text);
  const small = [item.note, item.command && commandLine(item.command)].filter(Boolean).join(' · ');
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
