import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';
import { typedAsBody } from '../../src/core/who-is-who-body-evidence';
import { whoIsWhoSource } from '../../src/core/who-is-who-source';
import { cpuGrowth } from '../support/cpu-growth';

// Relative CPU time (test/support/cpu-growth.ts), not wall-clock limits: four times the input must not come near
// sixteen times the time.
const FIRST = ['Ann', 'John', 'Mary', 'Peter', 'Susan', 'David', 'Laura', 'James', 'Helen', 'Robert'];
const SYLLABLES = ['kal', 'dor', 'vin', 'mer', 'tos', 'bra', 'lun', 'gre', 'fol', 'sid', 'pan', 'tek'];

/** Invented, distinct surnames: "Kaldorvinson". */
function surname(i: number): string {
  const word = [0, 1, 2].map((d) => SYLLABLES[Math.floor(i / 12 ** d) % 12]).join('');
  return `${word[0]!.toUpperCase()}${word.slice(1)}son`;
}

/**
 * A pasted list of people, each named once with a role ("Ann Kaldorvinson, a local official, said…"), or in
 * pairs joined by "and" (the coordination reader's input).
 */
function roster(people: number, joined = false): string {
  const name = (i: number) => `${FIRST[i % 10]} ${surname(i)}`;
  const lines = Array.from({ length: joined ? people / 2 : people }, (_, i) =>
    joined
      ? `${name(2 * i)} and ${name(2 * i + 1)}, local officials, said the road plan was late.`
      : `${name(i)}, a local official, said the road plan was late.`,
  );
  return `Council names\n\n${lines.join(' ')}`;
}

/**
 * cpuGrowth's ratio and the large run's own result: the measured runs already make the list the test reads, so it
 * is not made once more beside them (a whole who is who of 1,200–1,600 names per test).
 */
function measured<T>(small: () => T, large: () => T): { ratio: number; large: T } {
  let result: T | undefined;
  const ratio = cpuGrowth(small, () => {
    result = large();
  });
  return { ratio, large: result as T };
}

describe('who is who on hostile input', () => {
  it.each([false, true])('reads a roster of 1,600 people in under 8x the time of 400 (joined: %s)', (joined) => {
    const small = analyzeArticle(roster(400, joined));
    const large = analyzeArticle(roster(1600, joined));
    const growth = measured(
      () => whoIsWho(small),
      () => whoIsWho(large),
    );
    expect(growth.large.people.length).toBeGreaterThan(0);
    expect(growth.large.people.every((p) => /^[A-Z][a-z]+ [A-Z][a-z]+son$/.test(p.name))).toBe(true);
    expect(growth.ratio).toBeLessThan(8);
  });

  it('reads a roster of sources the name finder refuses ("Ann Green, a local official, said") in linear time', () => {
    // "Ann King" is read as a name since session 30 (an honorific closing a name after a given name): words still refused.
    const refused = ['Green', 'Labour', 'Tory', 'Liberal'];
    const copy = (people: number) =>
      `Council names\n\n${Array.from(
        { length: people },
        (_, i) => `${FIRST[i % 10]} ${refused[Math.floor(i / 10) % 4]}, a local official, said the road plan was late.`,
      ).join(' ')}`;
    const small = analyzeArticle(copy(400));
    const large = analyzeArticle(copy(1600));
    const growth = measured(
      () => whoIsWho(small),
      () => whoIsWho(large),
    );
    expect(growth.large.people.map((p) => p.name)).toContain('Ann Green');
    expect(growth.ratio).toBeLessThan(8);
  });

  it('reads 1,200 lone quoted names, each asked for a person’s evidence, in under 8x the time of 300 (who33)', () => {
    // "Kaldorvinson said": a lone word must show a person's evidence; the next sentence's "He" is read once per brief.
    const copy = (people: number) =>
      `Council names\n\n${Array.from({ length: people }, (_, i) => `"The road plan is late," ${surname(i)} said. He left.`).join(' ')}`;
    const small = analyzeArticle(copy(300));
    const large = analyzeArticle(copy(1200));
    const growth = measured(
      () => whoIsWho(small),
      () => whoIsWho(large),
    );
    expect(growth.large.people.length).toBeGreaterThan(0);
    expect(growth.ratio).toBeLessThan(8);
  });

  it('reads 1,200 quoted firms each "said in a statement", and a name read 20,000 times, in linear time (org45)', () => {
    const copy = (firms: number) =>
      `Contract row\n\n${Array.from({ length: firms }, (_, i) => `"We won fairly," ${surname(i)} said in a statement.`).join(' ')}`;
    const small = analyzeArticle(copy(300));
    const large = analyzeArticle(copy(1200));
    const growth = measured(
      () => whoIsWho(small),
      () => whoIsWho(large),
    );
    expect(growth.large.people).toEqual([]);
    expect(growth.ratio).toBeLessThan(8);
    // Every mention read, none a body's: the cues are tried at each mention, never a rescan of the copy.
    const repeated = (times: number) => 'Then Kestle Norr waited. '.repeat(times);
    expect(typedAsBody('Kestle Norr', repeated(20_000))).toBe(false);
    expect(
      cpuGrowth(
        () => typedAsBody('Kestle Norr', repeated(5_000)),
        () => typedAsBody('Kestle Norr', repeated(20_000)),
      ),
    ).toBeLessThan(8);
  });

  it('still lists the person a long roster names most, past the names it reads whole', () => {
    const copy = `${roster(400)} Nadia Ferrante chaired the meeting. Ferrante thanked everyone. Ferrante left.`;
    // She comes last, after the 250 entities read whole; her three mentions rank her among them.
    expect(whoIsWho(analyzeArticle(copy)).people.map((p) => p.name)).toContain('Nadia Ferrante');
  });

  it('reads an unclosed "(" after every mention of a name in linear time', () => {
    const text = (times: number) => 'Ann Lee (see note '.repeat(times);
    const small = text(5_000);
    const large = text(20_000);
    expect(whoIsWhoSource(['Ann Lee'], 'official', large)).toBe(false);
    // Four times the copy: quadratic would take sixteen times as long.
    expect(
      cpuGrowth(
        () => whoIsWhoSource(['Ann Lee'], 'official', small),
        () => whoIsWhoSource(['Ann Lee'], 'official', large),
      ),
    ).toBeLessThan(8);
  });

  it('still credits a role after a short aside in parentheses', () => {
    expect(
      whoIsWhoSource(['Bernie Sanders'], 'senator', 'Bernie Sanders (I-Vt.), a senator from Vermont, spoke.'),
    ).toBe(true);
  });
});
