/**
 * A platform-neutral message. Commands and the scheduler produce it; each platform renders it
 * (Block Kit, embeds, terminal text) and escapes every text field, which is untrusted.
 */
type ReplyKind = 'brief' | 'answer' | 'notice' | 'error' | 'help' | 'list' | 'followup' | 'digest';

export interface ReplyItem {
  text: string;
  /** Who said it, for quotes; null when the article does not say. */
  speaker?: string | null;
  /** Small print after the item, e.g. "sentences 3, 4" or "late". */
  note?: string;
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
  footer?: string;
  /** When set, the posted message is the root of a Q&A thread about this article. */
  threadArticleId?: number;
}

export function noticeReply(text: string, visibility: Reply['visibility'] = 'ephemeral'): Reply {
  return { kind: 'notice', visibility, sections: [{ style: 'paragraph', items: [{ text }] }] };
}

export function errorReply(text: string): Reply {
  return { kind: 'error', visibility: 'ephemeral', sections: [{ style: 'paragraph', items: [{ text }] }] };
}
