import type { CitedSentence } from '../store/conversation-repository';

/**
 * A platform-neutral message. Commands and the scheduler produce it; each platform renders it
 * (Block Kit, embeds, terminal text) and escapes every text field, which is untrusted.
 */
type ReplyKind = 'brief' | 'answer' | 'notice' | 'error' | 'help' | 'list' | 'followup' | 'digest';

/**
 * A `/brief` command mentioned in a reply ("stop with /brief unfollow s3"). Kept structured so
 * each renderer writes it the way its platform types it: Discord's default subcommand is
 * `/brief story …`, Slack shows it as code, the console as plain text.
 */
export interface CommandRef {
  /** The subcommand ("unfollow"); "" for the default `/brief <query>`. */
  command: string;
  args?: string;
}

/** A run of reply text: plain (untrusted) text or a command reference. */
export type Inline = string | CommandRef;

export interface ReplyItem {
  /** The item as plain text; renderers use `parts` instead when it is set (it says the same). */
  text: string;
  /** The same text with its command references kept apart (see CommandRef). */
  parts?: Inline[];
  /** Who said it, for quotes; null when the article does not say. */
  speaker?: string | null;
  /** Small print after the item, e.g. "sentences 3, 4" or "late". */
  note?: string;
  /** A command shown with the note, e.g. the `/brief #12` that briefs a listed story. */
  command?: CommandRef;
}

export interface ReplySection {
  heading?: string;
  style: 'bullets' | 'numbered' | 'quotes' | 'paragraph';
  items: ReplyItem[];
}

export interface Reply {
  kind: ReplyKind;
  /** 'ephemeral' = only the asking user sees it (where the platform can do that). */
  visibility: 'channel' | 'ephemeral';
  title?: string;
  /** Link for the title (article URL) when there is one. */
  url?: string;
  /** One line under the title, e.g. "Sputnik · ingested 26 Nov 2026". */
  subtitle?: string;
  sections: ReplySection[];
  footer?: string | Inline[];
  /** When set, the posted message is the root of a Q&A thread about this article. */
  threadArticleId?: number;
  /**
   * The story's sentences a thread answer cites, each with its text (none for one that cites
   * nothing): the thread remembers them, so "who said that?" next can mean them.
   */
  citedSentences?: CitedSentence[];
  /** The question a thread answer answered, as read ("and why?" in full): the thread keeps it for the next one. */
  askedAs?: string;
}

/** A command reference: `cmd('unfollow', 's3')`, `cmd('', '#12')` for `/brief #12`. */
export function cmd(command: string, args?: string): CommandRef {
  return args ? { command, args } : { command };
}

/** `/brief unfollow s3`: how a command reads as plain text (console, logs, fallbacks). */
export function commandLine(ref: CommandRef, prefix = '/brief'): string {
  return [prefix, ref.command, ref.args].filter((p) => p).join(' ');
}

/** Plain text of inline runs, commands written as `commandLine` does (or as `write` says). */
export function inlineText(
  parts: string | readonly Inline[],
  write: (ref: CommandRef) => string = commandLine,
): string {
  if (typeof parts === 'string') return parts;
  return parts.map((p) => (typeof p === 'string' ? p : write(p))).join('');
}

/** An item from text runs and command references: `said('Stop with ', cmd('digest', 'off'), '.')`. */
export function said(...parts: Inline[]): ReplyItem {
  return parts.every((p) => typeof p === 'string') ? { text: parts.join('') } : { text: inlineText(parts), parts };
}

export function noticeReply(text: string | Inline[], visibility: Reply['visibility'] = 'ephemeral'): Reply {
  return { kind: 'notice', visibility, sections: [{ style: 'paragraph', items: [item(text)] }] };
}

export function errorReply(text: string | Inline[]): Reply {
  return { kind: 'error', visibility: 'ephemeral', sections: [{ style: 'paragraph', items: [item(text)] }] };
}

function item(text: string | Inline[]): ReplyItem {
  return typeof text === 'string' ? { text } : said(...text);
}

/**
 * A list item (bullet, numbered, quote) on one line: a sentence or quotation the article breaks across lines would
 * otherwise end a Slack or Discord block quote early and split a bullet. Paragraph items keep their breaks.
 */
function listItemOnOneLine(item: ReplyItem): ReplyItem {
  // Split and trimmed, not one regex round the break: a run of spaces with no break after it stays linear.
  const flat = (text: string): string => {
    const lines = text.split(/\r?\n/);
    return lines.length === 1
      ? text
      : lines
          .map((line, i) => (i === 0 ? line.trimEnd() : line.trim()))
          .filter((line, i) => i === 0 || line !== '')
          .join(' ');
  };
  const parts = item.parts?.map((p) => (typeof p === 'string' ? flat(p) : p));
  return { ...item, text: flat(item.text), ...(parts ? { parts } : {}) };
}

/** The items a renderer writes for a section: list items on one line each. */
export function sectionItems(section: ReplySection): ReplyItem[] {
  return section.style === 'paragraph' ? section.items : section.items.map(listItemOnOneLine);
}
