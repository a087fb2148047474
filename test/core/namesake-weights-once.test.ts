import { afterEach, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { WORD_EDGE } from '../../src/core/latin-letters';
import { whoIsWho } from '../../src/core/who-is-who';

const REAL = globalThis.RegExp;
afterEach(() => {
  globalThis.RegExp = REAL;
});

/** The sources of the expressions compiled while `run` runs (a spy on the constructor, `new` kept working). */
function compiledDuring(run: () => void): string[] {
  const sources: string[] = [];
  globalThis.RegExp = new Proxy(REAL, {
    construct(target, args: [string | RegExp, string?]) {
      sources.push(String(args[0]));
      return Reflect.construct(target, args);
    },
  });
  run();
  globalThis.RegExp = REAL;
  return sources;
}

const COPY = [
  'Marla Quennell and Dorian Quennell opened the new library on Saturday.',
  'Marla Quennell said the building had "taken ten years to fund".',
  'Mrs. Quennell thanked the volunteers, and Quennell added that the council had helped.',
  'Dorian Quennell, her brother, cut the ribbon.',
].join(' ');

describe('who is who: namesakes are counted in full once, for the weight and the named count together', () => {
  it("each namesake's full-name pattern is compiled (and run over the copy) once", () => {
    const analysis = analyzeArticle(COPY, { title: 'Library opens' });
    // The full-name pattern: given name, optional initials and middle name, surname.
    // It opens on the name's edge (latin-letters.ts), then the given name.
    const full = compiledDuring(() => whoIsWho(analysis)).filter(
      (source) => source.startsWith(WORD_EDGE) && /^(?:Marla|Dorian)\\s\+/.test(source.slice(WORD_EDGE.length)),
    );
    expect(full.length).toBeGreaterThan(0);
    // Reading them once per weight compiles each pattern twice.
    expect(new Set(full).size).toBe(full.length);
  });

  it('control: both namesakes are listed', () => {
    const { people } = whoIsWho(analyzeArticle(COPY, { title: 'Library opens' }));
    expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(['Marla Quennell', 'Dorian Quennell']));
  });
});
