import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/core/escape-reg-exp';
import { countWord, hasLiteralMatch, literalMatches, literalPattern } from '../../src/core/literal-matches';

/** What the scan stands in for: the global regular expression over the whole copy. */
function viaRegExp(text: string, literal: string, prefix: string, suffix: string, flags = '') {
  return [...text.matchAll(new RegExp(`${prefix}${escapeRegExp(literal)}${suffix}`, `g${flags}`))].map((m) => ({
    groups: [...m],
    index: m.index,
  }));
}

function viaLiterals(text: string, literal: string, prefix: string, suffix: string, flags = '') {
  const groups = new RegExp(`${prefix}x${suffix}|`, flags).exec('')!.length;
  return [...literalMatches(text, literal, literalPattern(prefix, suffix, flags))].map((m) => ({
    groups: Array.from({ length: groups }, (_, i) => m[i]),
    index: m.index,
  }));
}

const COPIES = [
  'Mr. Smith said. Bob Smith Smith met Dr Smith, and Smithson. Senator Smith smiled; Smith-Jones left. Smith',
  'Donald J. Trump and Donald Trump: the Trump Tower, in Trump and across Trump’s hotels. Ivanka Trump said.',
  'Judge Garland, Chief Justice Roberts and Prime Minister Abe met Garland Garland. “Secretary Clinton,” Clinton said.',
  'Ann Ann Annie Ann. The Ann Arbor office; the Ann show. Mary Ann Smith and Ann.',
  'Emanuel said he would stay. said Emanuel, then Emanuel told reporters; Chrabaszcz, who left.',
  'François Hollande met José Díaz; Hollande said Díaz Díaz was right. in Libya, in Libya.',
  'Ann Smith, 45, said she left. Smith, who stayed, and Smith, a lawyer from Ohio, said he Smith Jones.',
];

const CASES: Array<[string, string, string, string?]> = [
  ['\\b([A-Z][a-z]+)\\.? ', '\\b', ''],
  ['\\b([A-Z][a-z]+) (?:[A-Z]\\. )?', '\\b', ''],
  ['\\b([a-z]+) ', '\\b', ''],
  ['((?:\\b[A-Z][a-z]+ ){1,3})', "\\b(?![\\w'’-]*\\s+[A-Z])", ''],
  ['\\b[Tt]he ', '\\b(?![\\w-]*\\s+\\p{Lu})', 'u'],
  ["(?<![\\w'’-])", " (?:[A-Z]\\.\\s?)*(\\p{Lu}[\\p{L}'’-]*)", 'u'],
  ["(?<![\\w'’.-])", "(?:['’]s)?(?![\\w'’-]|\\s+\\p{Lu})", 'u'],
  ['\\b(?:in|across|throughout|inside) ', "\\b(?!['’])", ''],
  ['\\b', '\\s+(?:said|says|told|added)\\b', ''],
  ['', '[^.]{0,80}\\b(?:he|she|his|her)\\b', ''],
  // Groups on both sides, and the lookbehind-only prefixes the mention scans use.
  ['\\b([A-Z][a-z]+) ', ' (\\p{Lu}\\w*)', 'u'],
  ["(?<![\\w'’-])", '(?![\\w-])', ''],
  ['(?<![\\w.])', ',\\s+(?:(?:a|an|the)\\s+)?([^,.;:"“”()]{2,90}?)(?=,|\\.(?:\\s|$)|;|:|$)', ''],
  ['\\b', '(?:,? (?:who|whose)\\b|, \\d{1,3},|,? (?:said|says) (?:he|she)\\b)', ''],
  // coordinated-names: a capitalised word before the name, and the name standing whole.
  ['(\\p{Lu}\\p{Ll}+)\\.? ', '\\b', 'u'],
  ["(?<![\\p{L}'’-])", "(?![\\p{L}'’-])", 'u'],
];

const WORDS = ['Smith', 'Trump', 'Garland', 'Ann', 'Emanuel', 'Díaz', 'Libya', 'Clinton', 'Donald Trump', 'Mary Ann'];

describe('literalMatches', () => {
  it('finds what the global regular expression finds, groups and starts included', () => {
    for (const copy of COPIES)
      for (const word of WORDS)
        for (const [prefix, suffix, flags] of CASES) {
          const expected = viaRegExp(copy, word, prefix, suffix, flags);
          expect(viaLiterals(copy, word, prefix, suffix, flags), `${prefix} ${word} ${suffix}`).toEqual(expected);
          expect(hasLiteralMatch(copy, word, literalPattern(prefix, suffix, flags))).toBe(expected.length > 0);
        }
  });

  it('skips an occurrence inside the previous match, as the global scan does', () => {
    const found = [...literalMatches('Bob Smith Smith', 'Smith', literalPattern('\\b([A-Z][a-z]+) ', '\\b'))];
    expect(found.map((m) => m[1])).toEqual(['Bob']);
  });

  it('is exact for a prefix of one to three words only where the suffix stops an occurrence before those words', () => {
    const copy = 'Tom Reid Jim Reid said so. Coach Ann Reid, Ann Reid.';
    const prefix = '((?:\\b[A-Z][a-z]+ ){1,3})';
    // title-of-surname's suffix: the surname ends the run, so "Tom Reid" cannot match before "Jim Reid".
    const suffix = "\\b(?![\\w'’-]*\\s+[A-Z])";
    expect(viaLiterals(copy, 'Reid', prefix, suffix)).toEqual(viaRegExp(copy, 'Reid', prefix, suffix));
    // The limit: with a plain \b the regular expression's leftmost match spans both names, the scan stops at the first.
    expect(viaRegExp(copy, 'Reid', prefix, '\\b')[0]!.groups[0]).toBe('Tom Reid Jim Reid');
    expect(viaLiterals(copy, 'Reid', prefix, '\\b')[0]!.groups[0]).toBe('Tom Reid');
  });
});

describe('countWord', () => {
  it('counts as the whole-word regular expression does', () => {
    for (const copy of COPIES)
      for (const word of [...WORDS, 'A', 'An', 'nn', 'the']) {
        const expected =
          word.length < 2
            ? 0
            : (copy.match(new RegExp(`(?<![\\w'’-])${escapeRegExp(word)}(?![\\w-])`, 'g')) ?? []).length;
        expect(countWord(copy, word), word).toBe(expected);
      }
  });
});
