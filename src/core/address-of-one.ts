import { agentNoun } from './agent-noun';
import { personNoun } from './person-noun';
import { postHead } from './post-head';
import { TITLE_WORDS } from './split-title';
import { textOccurrences } from './text-occurrences';

/**
 * "Batu Lintang assemblyman Tan Sri Teo Kah Meng": capitalised words between a lower-case post and a name of two words
 * or more, which the copy writes nowhere but right before that name, are the person's form of address (a style no
 * hand table holds), so the post before them is read as the role (audit 61's B-a61-4; the name itself is read whole by
 * person-in-run.ts). Returns the words before the name without that address; null when they end on none. A post's
 * head or a title among the words ("Harbour Board Chairman", "conservative Justice Antonin Scalia") is no address.
 */
export function addressOfOne(written: string, name: string, text: string): string | null {
  if (!name.includes(' ')) return null;
  const m = /(?:^|\s)([a-z][a-z-]*)((?:\s+\p{Lu}\p{Ll}+){1,3})$/u.exec(written);
  if (!m) return null;
  const post = m[1]!;
  if (!postHead(post) && !(personNoun(post) && agentNoun(post))) return null;
  const address = m[2]!.trim();
  if (address.split(/\s+/).some((w) => postHead(w.toLowerCase()) || TITLE_WORDS.test(w))) return null;
  const every = textOccurrences(text, address);
  const before = textOccurrences(text, `${address} ${name}`);
  return every.length > 0 && every.length === before.length ? written.slice(0, written.length - m[2]!.length) : null;
}
