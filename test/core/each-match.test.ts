import { afterEach, describe, expect, it, vi } from 'vitest';
import { CUE_FAMILIES } from '../../src/core/cue-families';
import { eachMatch } from '../../src/core/each-match';
import { findCues } from '../../src/core/question-cues';

afterEach(() => vi.restoreAllMocks());

/** A match as matchAll gives it: the text, its groups, where it starts. */
const shown = (m: RegExpMatchArray) => [m.index, ...m];

// Session 45 (speed45): matchAll builds a new RegExp each call, and V8 re-escapes the pattern's source to do it;
// eachMatch runs the module's own global pattern instead. Invented copy.
describe('eachMatch: the matches matchAll gives, without copying the pattern', () => {
  const cases: [RegExp, string][] = [
    [/\b(?:1[89]\d\d|20\d\d)\b/g, 'Built in 1998, sold in 2004 and again in 2019.'],
    [/,\s+(he|she)\s+(?:also\s+)?([a-z]+),\s/g, 'That, he said, was the plan, she also argued, for now.'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a😀b'],
    [/\p{L}+(?:['\u2019]\p{L}+)*/gu, 'Zoë’s café didn’t open'],
    [/nothing/g, 'no match here'],
  ];
  it.each(cases)('%s over invented text', (pattern, text) => {
    expect([...eachMatch(pattern, text)].map(shown)).toEqual([...text.matchAll(pattern)].map(shown));
    expect(pattern.lastIndex).toBe(0);
  });

  it('resumes where its match ended when the loop body runs the same pattern', () => {
    const pattern = /\b[A-Z]\w+/g;
    const seen: string[] = [];
    for (const m of eachMatch(pattern, 'Ana met Ben at Corby')) {
      seen.push(m[0], String([...eachMatch(pattern, 'Inner Words')].length));
    }
    expect(seen).toEqual(['Ana', '2', 'Ben', '2', 'Corby', '2']);
  });

  it('leaves lastIndex at 0 when the loop stops early, and refuses a pattern without g', () => {
    const pattern = /\d+/g;
    for (const m of eachMatch(pattern, '12 34 56')) if (m[0] === '34') break;
    expect(pattern.lastIndex).toBe(0);
    expect(() => [...eachMatch(/\d+/, '12')]).toThrow(TypeError);
  });
});

describe('question cues: no cue family is read through matchAll', () => {
  const sentence =
    'The council is expected to decide next month whether to close the library, and the mayor denied the claims.';

  it('reads the families of a cue-heavy sentence without matchAll', () => {
    const matchAll = vi.spyOn(RegExp.prototype, Symbol.matchAll);
    findCues(sentence);
    const families = new Set(CUE_FAMILIES.map((f) => f.pattern.source));
    expect(matchAll.mock.contexts.filter((pattern) => families.has(String((pattern as RegExp).source)))).toEqual([]);
  });

  it('finds the same cues (control)', () => {
    expect(findCues(sentence).map((c) => `${c.kind}/${c.shape}`)).toEqual(['denied/denial', 'pending/schedule']);
  });
});
