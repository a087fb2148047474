import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { FEMALE_NAMES, MALE_NAMES } from '../../src/core/first-names';
import { handFirstName } from '../../src/core/hand-first-name';

const root = join(import.meta.dirname, '../..');
/** "Is w a first name in the hand tables", written out: one table or the other, the same word, either order. */
const WRITTEN_OUT =
  /!?\(?\s*!?(MALE|FEMALE)_NAMES\.has\(([^()]+)\)\s*(?:\|\||&&)\s*!?(?!\1)(?:MALE|FEMALE)_NAMES\.has\(\2\)/;

/** Whether the copy writes the test out; a gender read is not one (review s38 B-r38-12). */
function writtenOut(text: string): boolean {
  const flat = text.replace(/\s+/g, ' ');
  // "MALE_NAMES.has(w) && !FEMALE_NAMES.has(w)": a gender read, which says more than "a first name".
  const genderRead = /^\(?\s*(?:MALE|FEMALE)_NAMES\.has\([^()]+\)\s*&&\s*!/;
  return [...flat.matchAll(new RegExp(WRITTEN_OUT, 'g'))].some((m) => !genderRead.test(m[0]));
}

/** The TypeScript files of these folders (not their subfolders), as paths from the repo root. */
const sources = (...folders: string[]): string[] =>
  folders.flatMap((folder) =>
    readdirSync(join(root, folder), { encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts') && name !== 'hand-first-name.ts')
      .map((name) => join(folder, name)),
  );

it('asks "a first name in the hand tables?" through one helper, not written out in the engine or the commands', () => {
  // commands/ too: the thread's pronoun read wrote the test out there (review s40 B-r40-12).
  const files = sources('src/core', 'src/eval', 'commands');
  expect(files.length).toBeGreaterThan(100);
  expect(files.filter((name) => writtenOut(readFileSync(join(root, name), 'utf8')))).toEqual([]);
});

it("leaves the hand tables to src/core: the commands read a name's gender through its helpers", () => {
  const files = sources('commands');
  expect(files.length).toBeGreaterThan(20);
  expect(files.filter((name) => /\/first-names['.]/.test(readFileSync(join(root, name), 'utf8')))).toEqual([]);
});

it("reads a first name's gender in the engine through firstNameGender, not the hand tables (session 40's note)", () => {
  // The two helpers are the tables' only readers in src/core: a gender read written out again would drift from them.
  const readers = sources('src/core').filter((name) =>
    /from '\.\/first-names'/.test(readFileSync(join(root, name), 'utf8')),
  );
  expect(readers.sort()).toEqual(['src/core/first-name-gender.ts']);
});

it('reads the written-out test and leaves the gender reads alone (control)', () => {
  expect(writtenOut('if (MALE_NAMES.has(first) || FEMALE_NAMES.has(first)) return;')).toBe(true);
  expect(writtenOut('!MALE_NAMES.has(w) && !FEMALE_NAMES.has(w)')).toBe(true);
  expect(writtenOut('MALE_NAMES.has(w) && !FEMALE_NAMES.has(w)')).toBe(false);
  expect(writtenOut("MALE_NAMES.has(g) ? 'm' : 'f'")).toBe(false);
});

it('answers as the two hand tables do', () => {
  for (const word of ['Barack', 'Hillary', 'Chuck', 'Monday', 'Bank', '']) {
    expect(handFirstName(word)).toBe(MALE_NAMES.has(word) || FEMALE_NAMES.has(word));
  }
});
