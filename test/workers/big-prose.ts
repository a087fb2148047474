import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const BBC_DIR = join(import.meta.dirname, '../../../shared/eval/bbc/article');

/** The BBC eval articles' bodies (each without its headline), in file order. */
export function bbcBodies(): string[] {
  const bodies: string[] = [];
  for (const category of readdirSync(BBC_DIR).sort())
    for (const file of readdirSync(join(BBC_DIR, category)).sort())
      if (file.endsWith('.txt'))
        bodies.push(
          readFileSync(join(BBC_DIR, category, file), 'utf8')
            .split('\n')
            .slice(1)
            .join('\n')
            .trim(),
        );
  return bodies;
}

/** About `bytes` of real news prose: the BBC eval articles' bodies, repeated, under one headline. */
export function bigProse(bytes: number): string {
  const bodies = bbcBodies();
  const parts = ['Council budget and the year in review', ''];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const body = bodies[i % bodies.length]!;
    parts.push(body, '');
    size += body.length + 2;
  }
  return parts.join('\n');
}
