import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { projectPath } from '../../src/project-path';

const ROOT = projectPath('.');
// Build output, installed packages and local data are not part of the checkout a reader sees.
const NOT_SOURCE = new Set(['.git', 'node_modules', 'dist', 'dist-bench', 'data', 'coverage']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (NOT_SOURCE.has(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const markdownFiles = [join(ROOT, 'README.md'), ...filesUnder(join(ROOT, 'docs')).filter((f) => f.endsWith('.md'))];

describe('the documents a reader opens', () => {
  it('hold no merge leftovers (git writes *.orig, *.rej and *.BASE/LOCAL/REMOTE copies)', () => {
    const leftovers = filesUnder(ROOT)
      .map((path) => relative(ROOT, path))
      .filter((path) => /\.(orig|rej)$|\.(BASE|LOCAL|REMOTE|BACKUP)\.[^/]*$/.test(path));
    expect(leftovers).toEqual([]);
  });

  it('link only to files that exist', () => {
    const broken: string[] = [];
    for (const file of markdownFiles) {
      const text = readFileSync(file, 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const path = target!.split('#')[0]!;
        if (path === '' || /^[a-z]+:/i.test(path)) continue;
        if (!existsSync(join(dirname(file), path))) broken.push(`${relative(ROOT, file)} -> ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("README's Dependencies table says why each package in package.json is there", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.split('\n## Dependencies\n')[1]!.split('\n## ')[0]!;
    const named = new Set(
      table
        .split('\n')
        .filter((line) => line.startsWith('|'))
        .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)),
    );
    const listed = (name: string) => named.has(name) || (name.startsWith('@types/') && named.has('@types/*'));
    const packages = [...Object.keys(packageJson.dependencies), ...Object.keys(packageJson.devDependencies)];
    expect(packages.filter((name) => !listed(name))).toEqual([]);
  });
});
