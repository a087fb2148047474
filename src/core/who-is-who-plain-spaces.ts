import type { WhoInput } from './who-is-who';

const NO_BREAK = /\u00a0/g;
const plain = (s: string): string => s.replace(NO_BREAK, ' ');

/**
 * The who-is-who input with every no-break space (U+00A0) read as a space. A house style writes one after a title
 * ("Idaho Republican Sens.\u00a0Mike Crapo and Jim Risch", "Gov.\u00a0John Kasich"), and the who-is-who readers'
 * patterns spell a plain space, so such a title gave no role; the role and name printed kept the odd space too. One
 * character for one, so a name read here is written as in the copy but for the space. Copy with no such space (most)
 * is returned as it came, unread but for one search per sentence.
 */
export function whoIsWhoPlainSpaces<T extends WhoInput>(analysis: T): T {
  const has = (s: string | null | undefined): boolean => !!s?.includes('\u00a0');
  if (!analysis.sentences.some((s) => has(s.text)) && !has(analysis.title)) return analysis;
  return {
    ...analysis,
    title: analysis.title === undefined ? undefined : plain(analysis.title),
    sentences: analysis.sentences.map((s) => ({ ...s, text: plain(s.text) })),
    entities: analysis.entities.map((e) => ({ ...e, name: plain(e.name), ...(e.role ? { role: plain(e.role) } : {}) })),
    quotes: analysis.quotes.map((q) => ({ ...q, speaker: q.speaker === null ? null : plain(q.speaker) })),
    statements: analysis.statements.map((s) => ({ ...s, speaker: plain(s.speaker) })),
  };
}
