import { statSync } from 'node:fs';
import { shellQuoted } from './shell-quoted';

/**
 * `brief samples/ferry.txt`, `ask ./draft.txt "who paid?"`: a file's path typed where a stored story's words or id
 * go, searched as words, matches nothing (or a story that shares a word of the name). When the words name a file
 * that exists, the not-found reply says so and gives the command that reads it (`analyze`, `ask --file`) or stores
 * it (`ingest`). Read only after a miss, so a found story costs no file lookup. Empty when the words name no file.
 */
export function fileNotStory(words: string, asked?: string): string {
  const path = words.trim();
  let isFile = false;
  try {
    isFile = path !== '' && statSync(path, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    // Unreadable, a name too long for the file system: no file to point at.
  }
  if (!isFile) return '';
  const file = shellQuoted(path);
  return asked === undefined
    ? `${path} is a file, not a stored story: see its brief with newsbrief analyze ${file}, or store it with newsbrief ingest ${file}.\n`
    : `${path} is a file, not a stored story: ask about it with newsbrief ask --file ${file} ${shellQuoted(asked)}, or store it with newsbrief ingest ${file}.\n`;
}
