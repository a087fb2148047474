import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

/** A wall-clock read, or a way out of the import graph (another process or thread runs code we do not follow). */
const CLOCK_READ =
  /\bDate\.now\s*\(|\bnew Date\(\s*\)|(?<![\w.])Date\(\s*\)|\bprocess\.uptime\(|node:child_process|node:worker_threads/;
const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*'(\.{1,2}\/[^']+)'/g;

function resolveImport(fromFile: string, specifier: string): string | undefined {
  const base = resolve(dirname(fromFile), specifier);
  return [`${base}.ts`, `${base}/index.ts`, base].find((path) => path.endsWith('.ts') && existsSync(path));
}

/**
 * Every TypeScript file the entries reach through relative imports, with the first line of each that
 * reads the clock (paths relative to `root`). JSON and packages are not followed: data cannot read
 * the clock, and a package's clock reads would show in the code that calls it.
 */
export function clockReads(entries: readonly string[], root: string): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  const pending = entries.map((entry) => resolve(entry));
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const line = text.split('\n').findIndex((row) => CLOCK_READ.test(row));
    if (line >= 0) found.push(`${relative(root, file)}:${line + 1}`);
    for (const match of text.matchAll(RELATIVE_IMPORT)) {
      const target = resolveImport(file, match[1] ?? '');
      if (target !== undefined) pending.push(target);
    }
  }
  return found;
}
