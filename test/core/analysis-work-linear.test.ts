import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { cleanArticle } from '../../src/core/clean-article';
import { findEntities } from '../../src/core/find-entities';
import { findQuotes } from '../../src/core/find-quotes';
import { findStatements } from '../../src/core/find-statements';
import { normalizeQuoteMarks } from '../../src/core/quote-marks';
import { splitSentences } from '../../src/core/split-sentences';
import { whoIsWho } from '../../src/core/who-is-who';
import { workGrowth } from '../support/regex-work';

// Guard (session 52): the work of the speaker, statement and who-is-who passes grows linearly with the copy, counted as
// the characters their patterns walk, not timed. Session 51's end bench found a naming-clause reader that scanned a
// sentence from its start once per quotation: 100 KB of “ read 3.2× the time of prose, and no test caught it.
// Linear work adds twice as much from 2n to 4n as from n to 2n; a scan per quotation over its sentence, four times.
const LINEAR = 2.6;

const TITLE = 'Harbour board closes the ferry pier';
/** The copy as the passes read it: cleaned, split, with its quotation marks normalised. */
const read = (text: string) => {
  const article = cleanArticle(text, { title: TITLE });
  const sentences = splitSentences(article);
  return { article, sentences, quoted: normalizeQuoteMarks(sentences) };
};
const passes = {
  names: (text: string) => () => {
    const { article, sentences } = read(text);
    return findEntities(sentences, article);
  },
  speakers: (text: string) => () => {
    const { article, quoted } = read(text);
    return findQuotes(quoted, article.title);
  },
  statements: (text: string) => () => findStatements(read(text).quoted),
  // The whole analysis (names, quotes, statements, summary, open questions) as the bench and ingest run it.
  analysis: (text: string) => () => analyzeArticle(text, { title: TITLE }),
  whoIsWho: (text: string) => {
    const analysis = analyzeArticle(text, { title: TITLE });
    return () => whoIsWho(analysis);
  },
};
type Pass = keyof typeof passes;
/**
 * The pass's own work on the copy `make(n)` gives: what a pass reads first (who is who's analysis) is made outside
 * the count (review 53, B-r53-8).
 */
const growth = (pass: Pass, make: (n: number) => string, n: number) =>
  workGrowth(
    (k) => passes[pass](make(k)),
    (run) => run(),
    n,
  );

/** One sentence of n quotations, each a phrase of its own: the shape of session 51's quadratic scan. */
const quotations = (n: number) =>
  `The harbour master said ${Array.from({ length: n }, (_, i) => `“berth ${i}”`).join(' and ')} were closed.`;
/** One sentence of n quotations, a subject pronoun before each (the pronouns the naming-clause reader looks for). */
const pronouns = (n: number) =>
  `She said ${Array.from({ length: n }, (_, i) => `“pier ${i} is shut for good” and he said “the quay is open”`).join(' and ')} on Tuesday.`;
/** A paragraph of n sentences in which a cast of three speaks, by name, by tag and by pronoun. */
const CAST = ['Mara Quillet', 'Tomas Verhoeven', 'Ines Padraig'];
const cast = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const name = CAST[i % 3]!;
    return i % 2
      ? `“The ferry leaves at ${i} o’clock,” said ${name}, the pier keeper. She added that the tide was late.`
      : `${name} said the berth would close in May. “We have no choice,” she said.`;
  }).join(' ');
/** n paragraphs of reported speech by the same cast (statements: "X said the …"). */
const reported = (n: number) =>
  Array.from({ length: n }, (_, i) => `${CAST[i % 3]} told the board that mooring ${i} was unsafe.`).join('\n\n');
/** One paragraph naming n different people once each. */
const roster = (n: number) =>
  Array.from({ length: n }, (_, i) => `Council member Anna Kel${i.toString(36)}vic voted against the plan.`).join(' ');
/** n people under one portfolio of two parts joined by "and", each read with it (session 56's and-joined office). */
const surname = (i: number) => `Kel${(i + 360).toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]!)}vic`;
const ministers = (n: number) =>
  Array.from({ length: n }, (_, i) => `Roads and Transport Minister Anna ${surname(i)} voted against it.`).join(' ');

describe('the analysis passes do work linear in the copy (characters walked by their patterns)', () => {
  it('reads one sentence of many quotations once, not once per quotation', () => {
    expect(growth('speakers', quotations, 40)).toBeLessThan(LINEAR);
    expect(growth('speakers', pronouns, 40)).toBeLessThan(LINEAR);
    expect(growth('statements', quotations, 40)).toBeLessThan(LINEAR);
    expect(growth('analysis', quotations, 40)).toBeLessThan(LINEAR);
  });

  it('reads a paragraph of many quoted sentences by a cast of three linearly', () => {
    for (const pass of ['names', 'speakers', 'statements', 'whoIsWho', 'analysis'] as const)
      expect(growth(pass, cast, 24), pass).toBeLessThan(LINEAR);
  });

  it('reads many paragraphs of reported speech linearly', () => {
    for (const pass of ['names', 'speakers', 'statements', 'whoIsWho'] as const)
      expect(growth(pass, reported, 20), pass).toBeLessThan(LINEAR);
  });

  it('finds and attributes in a roster of many names linearly', () => {
    // Who is who reads each name over the whole copy by construction (names × copy): not asked here.
    for (const pass of ['names', 'speakers', 'statements'] as const)
      expect(growth(pass, roster, 40), pass).toBeLessThan(LINEAR);
  });

  it('reads a roster of many ministers under one joined portfolio linearly', () => {
    for (const pass of ['names', 'speakers', 'statements', 'analysis'] as const)
      expect(growth(pass, ministers, 40), pass).toBeLessThan(LINEAR);
  });

  it('control: the copies are read as before (the quotations found, the cast named, quoted and reported)', () => {
    const { article, quoted } = read(pronouns(3));
    // A pronoun with no name before it gives no speaker: the quotations are found, their speakers left unsaid.
    const found = findQuotes(quoted, article.title);
    expect(found.map((q) => q.text)).toEqual(
      [0, 1, 2].flatMap((i) => [`pier ${i} is shut for good`, 'the quay is open']),
    );
    expect(found.every((q) => q.speaker === null)).toBe(true);
    const spoken = analyzeArticle(cast(6), { title: TITLE });
    expect(spoken.quotes.map((q) => q.speaker)).toEqual([...CAST, ...CAST]);
    expect(whoIsWho(spoken).people.map((p) => p.name)).toEqual(CAST);
    const told = analyzeArticle(reported(3), { title: TITLE });
    expect(told.statements.map((s) => s.speaker)).toEqual(CAST);
    expect(whoIsWho(told).people.map((p) => p.name)).toEqual(CAST);
  });
});
