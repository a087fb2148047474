import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Entity } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { coordinatedPartners } from '../../src/core/coordinated-partners';
import { joinedSentences } from '../../src/core/joined-sentences';
import { mainActorOf } from '../../src/core/main-actor-of';
import { whoIsWho } from '../../src/core/who-is-who';

const name = (i: number): string => `X${i.toString(36).replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)]!)}son`;

/** One sentence listing `n` governors (review B-main-80's shape): the copy is one long sentence. */
function governors(n: number): string {
  return `Govs. ${Array.from({ length: n }, (_, i) => `Tom ${name(i)} and `).join('')}Ann Ray said "no".`;
}

/** How often a Map is asked about a key as long as the copy while who is who is made: each can read it whole. */
function copyKeyedLookups(n: number): number {
  const analysis = analyzeArticle(governors(n), { title: 'Governors' });
  const long = (key: unknown): boolean => typeof key === 'string' && key.length >= 20_000;
  const spies = [
    vi.spyOn(Map.prototype, 'has'),
    vi.spyOn(Map.prototype, 'get'),
    vi.spyOn(Map.prototype, 'set'),
    vi.spyOn(Map.prototype, 'delete'),
  ];
  whoIsWho(analysis);
  const calls = spies.reduce((sum, spy) => sum + spy.mock.calls.filter(([key]) => long(key)).length, 0);
  for (const spy of spies) spy.mockRestore();
  return calls;
}

afterEach(() => vi.restoreAllMocks());

describe('who is who on one long roster sentence: work grows with the copy, not names × copy', () => {
  it('asks no Map about the whole copy once per name (an equal copy compared in full per question)', () => {
    const small = copyKeyedLookups(1_500);
    const large = copyKeyedLookups(3_000);
    // Per name on main (thousands); a fixed few (the terms of the one sentence) here.
    expect(large).toBeLessThanOrEqual(small + 4);
    expect(large).toBeLessThan(100);
  });

  it('tests each partner against the listed names once, not against every listed name', () => {
    const count = (n: number): number => {
      const listed = Array.from({ length: n }, (_, i) => `Tom ${name(i)}`);
      const text = governors(n);
      const endsWith = vi.spyOn(String.prototype, 'endsWith');
      coordinatedPartners(listed, text);
      const calls = endsWith.mock.calls.length;
      endsWith.mockRestore();
      return calls;
    };
    const small = count(400);
    expect(count(800)).toBeLessThan(small * 2.6 + 10);
  });

  it('control: a partner is left out when a listed name is it or ends in its surname, a dotted one included', () => {
    const text = 'Frank Newport and Jim A. Harter wrote the report. Ann Cole and Tim Kaine spoke.';
    expect(coordinatedPartners(['Frank Newport', 'Tim Kaine'], text)).toEqual(['Jim A. Harter', 'Ann Cole']);
    expect(coordinatedPartners(['Frank Newport', 'Sue A. Harter', 'Tim Kaine', 'Ann Cole'], text)).toEqual([]);
    expect(coordinatedPartners(['Frank Newport', 'Jim A. Harter'], text)).toEqual([]);
  });
});

/** `n` sentences each quoting "the magazine", which no earlier sentence names. */
function magazine(n: number): string {
  return Array.from(
    { length: n },
    (_, i) => `The plan number ${i} would work, the magazine said. "It is fine," the magazine said.`,
  ).join(' ');
}

/** A spy as the counts below read it. */
interface Recorded {
  mock: { calls: unknown[][]; contexts: unknown[] };
  mockRestore(): void;
}

/** How many of the calls a spy records while `text` is analysed `keep` picks (by receiver and arguments). */
function callsWhileAnalysing(text: string, spy: Recorded, keep: (self: unknown, args: unknown[]) => boolean): number {
  analyzeArticle(text, { title: 'Roster' });
  const calls = spy.mock.calls.filter((args, i) => keep(spy.mock.contexts[i], args)).length;
  spy.mockRestore();
  return calls;
}

/** How often the "<head> <Name>" pattern is run over a sentence while the copy is analysed. */
const headReads = (n: number): number =>
  callsWhileAnalysing(magazine(n), vi.spyOn(RegExp.prototype, 'exec'), (re) =>
    (re as RegExp).source.startsWith('\\bmagazine\\s+'),
  );

describe('a description resolved against the names before it: each sentence read once per head', () => {
  it('twice the sentences read about twice as often (every "the magazine" read all earlier sentences: four times)', () => {
    const small = headReads(150);
    expect(headReads(300)).toBeLessThan(small * 2.6 + 10);
  });

  it('control: "the magazine" is the magazine named earlier, and the nearest one', () => {
    const analysis = analyzeArticle(
      'The report ran in US magazine Mobile PC last week. Sales fell. "It is a shift," the magazine said. Later the UK magazine Tech Weekly disagreed. "It is not," the magazine said.',
      { title: 'Phones' },
    );
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(['Mobile PC', 'Tech Weekly']);
  });
});

/** `n` people, each named and then quoted as "the official", whom no role in the copy names. */
function officials(n: number): string {
  return Array.from({ length: n }, (_, i) => `Tom ${name(i)} met voters. "It is fine," the official said.`).join(' ');
}

/** How often a person's role is cut at its first comma for its head noun while the copy is analysed. */
const roleHeadReads = (n: number): number =>
  callsWhileAnalysing(
    officials(n),
    vi.spyOn(String.prototype, 'split'),
    (_, [by]) => by instanceof RegExp && by.source === ',',
  );

describe('a description read back past earlier people: the head of each role read once per person', () => {
  it('twice the people read twice as many role heads (once per description and earlier person: four times)', () => {
    const small = roleHeadReads(150);
    expect(roleHeadReads(300)).toBeLessThan(small * 2.6 + 10);
  });
});

/** How often a sentence is asked whether it holds one of the officials' surnames while the copy is analysed. */
const surnameSearches = (n: number): number =>
  callsWhileAnalysing(officials(n), vi.spyOn(String.prototype, 'includes'), (_, [word]) =>
    /^X[a-z]+son$/.test(String(word)),
  );

describe('the role the copy gives each person: the sentences naming them found once, not per person', () => {
  it('twice the people search about twice as often (every sentence asked for every surname: four times)', () => {
    const small = surnameSearches(150);
    expect(surnameSearches(300)).toBeLessThan(small * 2.6 + 10);
  });
});

describe('the main actor of a roster: each name found in the joined copy, not asked of every sentence', () => {
  const counted = (n: number): number => {
    const { sentences, entities } = analyzeArticle(officials(n), { title: 'Officials' });
    const includes = vi.spyOn(String.prototype, 'includes');
    mainActorOf(sentences, entities);
    const calls = includes.mock.calls.length;
    includes.mockRestore();
    return calls;
  };

  it('twice the people search about twice as often (every person asked of every sentence: four times)', () => {
    const small = counted(150);
    expect(counted(300)).toBeLessThan(small * 2.6 + 10);
  });

  it('control: the most-named actor wins, a surname counts as a whole word only, a tie goes to a person', () => {
    const sentences = (texts: string[]) =>
      texts.map((text, id) => ({ id, text, start: 0, end: text.length, paragraph: 0 }));
    const people: Entity[] = [
      { name: 'Ann Coleridge', type: 'person' },
      { name: 'Acme Corp', type: 'organization' },
    ];
    const three = ['Ann Coleridge met Acme Corp.', 'Acme Corp said no.', 'The Coleridges left.', 'Acme Corp agreed.'];
    expect(mainActorOf(sentences(three), people)).toBe('Acme Corp');
    const tie = ['Ann Coleridge met Acme Corp.', 'Acme Corp said no.', 'Coleridge said yes.'];
    expect(mainActorOf(sentences(tie), people)).toBe('Ann Coleridge');
    const across = ['Ann Coleridge met Acme', 'Corp agreed.', 'Coleridge said yes.', 'Acme Corp said no.'];
    expect(mainActorOf(sentences(across), people)).toBe('Ann Coleridge');
  });
});

describe('joinedSentences', () => {
  it('finds the sentences including a literal as a filter of each does, never across a join', () => {
    const texts = ['Ann Cole spoke', 'Cole', 'Mr Cole and Ann Cole', '', 'Cole\nAnn'];
    const joined = joinedSentences(texts);
    for (const literal of ['Cole', 'Ann Cole', 'spoke\nCole', 'Cole\nAnn', 'e', '', 'nobody'])
      expect(joined.holding(literal)).toEqual(texts.flatMap((t, i) => (t.includes(literal) ? [i] : [])));
  });
});
