import type { Reply } from '../app/reply';

/**
 * A brief as a shell prints it. The chat brief ends "reply in this thread to ask about the
 * story" and lists other stories as `/brief #2`; at a shell there is no thread and no /brief,
 * so it says how to ask (`newsbrief ask 1 "…"`) and how to brief the others (`newsbrief brief 2`).
 */
export function shellBriefReply(reply: Reply, article: { id: number }, engine: string): Reply {
  const sections = reply.sections.map((section) => ({
    ...section,
    items: section.items.map(({ command, ...item }) => {
      const id = command?.command === '' ? /^#(\d+)$/.exec(command.args ?? '')?.[1] : undefined;
      if (id === undefined) return command ? { ...item, command } : item;
      return { ...item, note: [item.note, `newsbrief brief ${id}`].filter(Boolean).join(' · ') };
    }),
  }));
  const footer = `#${article.id} · ${engine} · ask about it: newsbrief ask ${article.id} "<question>"`;
  return { ...reply, sections, footer };
}
