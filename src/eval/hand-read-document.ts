import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));

/**
 * The hand-read document whole, as one text: docs/hand-read-questions.md's front page, then every reading in
 * docs/hand-read-questions/ in the order its file names number them (one file a sample keeps each under a few
 * dozen KB where the single document had grown past 2 MB).
 */
export function handReadDocument(docs: string = DOCS): string {
  const folder = join(docs, 'hand-read-questions');
  const readings = readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort();
  return [join(docs, 'hand-read-questions.md'), ...readings.map((name) => join(folder, name))]
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n');
}
