import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The story the project started from; read from the shared folder, never copied. */
const FLYNN_PATH = fileURLToPath(new URL('../../../shared/samples/flynn-immunity.txt', import.meta.url));
const EVAL_DIR = fileURLToPath(new URL('../../../shared/eval', import.meta.url));

export function readFlynn(): string {
  return readFileSync(FLYNN_PATH, 'utf8');
}

export function readEvalArticle(id: string): string {
  return readFileSync(`${EVAL_DIR}/bbc/article/${id}.txt`, 'utf8');
}
