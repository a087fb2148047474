import { afterEach, describe, expect, it, vi } from 'vitest';
import { escapeRegExp } from '../../src/core/escape-reg-exp';
import { fullNameStarts } from '../../src/core/full-name-starts';
import { matchesFromStarts } from '../../src/core/matches-from-starts';
import { namesakeWeights } from '../../src/core/namesake-weights';
import { personCue } from '../../src/core/person-usage';
import { titleBeforeName } from '../../src/core/title-before-name';

/** What the readers stand for: the whole-copy global scans they replace. */
const titleScan = (name: string, last: string, text: string): string[] =>
  [...text.matchAll(new RegExp(`\\b([A-Z][a-z]+)\\.? (?:${escapeRegExp(name)}|${escapeRegExp(last)})\\b`, 'g'))].map(
    (m) => m[1]!,
  );
const fullPattern = (given: string, last: string): string =>
  `\\b${escapeRegExp(given)}\\s+(?:[A-Z]\\.\\s?)*(?:[A-Z][a-z]+\\s+)?${escapeRegExp(last)}\\b`;
const fullScan = (given: string, last: string, text: string): string[] =>
  text.match(new RegExp(fullPattern(given, last), 'g')) ?? [];
const fullRead = (given: string, last: string, text: string): string[] =>
  matchesFromStarts(text, new RegExp(fullPattern(given, last), 'y'), fullNameStarts(given, last, text)).map(
    (m) => m[0],
  );

const copies = [
  'Mr. Orrin Vale said so. Later Vale left.',
  'Orrin Vale opened the copy; Dr Vale closed it, and Sen. Orrin Vale',
  'Vale',
  'Mr Vale',
  'Lord Mr. Vale met Big Lord Vale and Drake Vale.Vale, xVale and Valeo.',
  'Orrin H.W. Vale, Orrin W.  Vale, Orrin  Walker Vale, Orrin Orrin Vale, Orrin A. B. Walker Vale.',
  'Orrin Vale Vale and Orrin\nVale and Orrin Vale-Hale and Orrin J.Vale',
  'Mrs. Vale, Ms Vale, Miss. Vale and Mr. Vale',
];

describe('titleBeforeName', () => {
  it('gives the words the whole-copy scan gives, dots, titles, both ends of the copy', () => {
    for (const text of copies)
      for (const [name, last] of [
        ['Orrin Vale', 'Vale'],
        ['Vale', 'Vale'],
        ['Orrin W. Vale', 'Vale'],
        ['Lord Vale', 'Vale'],
      ] as const)
        expect(titleBeforeName(name, last, text)).toEqual(titleScan(name, last, text));
  });
});

describe('fullNameStarts', () => {
  it('lets the pattern find the full mentions the whole-copy scan counts', () => {
    for (const text of copies)
      for (const given of ['Orrin', 'Walker', 'Mr'])
        expect(fullRead(given, 'Vale', text)).toEqual(fullScan(given, 'Vale', text));
  });
});

describe('name cues read from occurrences, not one scan of the copy per name', () => {
  afterEach(() => vi.restoreAllMocks());
  const names = Array.from({ length: 40 }, (_, i) => `Orrin Vale${String.fromCharCode(97 + (i % 26))}${i}`);
  const text = names.map((n) => `${n}'s shares rose and ${n}, which owns it, said "ok".`).join(' ');

  it('personCue runs no global scan of the copy for any name', () => {
    const matchAll = vi.spyOn(String.prototype, 'matchAll');
    for (const n of names) personCue(n, text);
    expect(matchAll).not.toHaveBeenCalled();
  });

  it('namesake weights count full and titled mentions without a global scan per namesake', () => {
    const match = vi.spyOn(String.prototype, 'match');
    const people = ['Orrin Vale', 'Maria Vale', 'Ira Vale'].map((name) => ({ name, weight: 5 }));
    namesakeWeights(people, () => 5, 'Orrin Vale said so. Mrs. Vale and Orrin Vale met Ira Vale.');
    expect(match).not.toHaveBeenCalled();
    // Control: the weights themselves (Orrin, named in full twice, keeps the surname's mentions; the others one each).
    expect(people.map((p) => p.weight)).toEqual([5, 1, 1]);
  });
});
