import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawAmong, drawQuestions } from '../../src/eval/draw-questions';
import { sentencesReadAnywhere, sharesRun } from '../../src/eval/read-before';
import { openQuestions, readRows, unlabelledDevArticles, unreadQuestions } from '../../src/eval/sample-questions';

const ARTICLES = Array.from({ length: 40 }, (_, i) => `article-${String(i).padStart(2, '0')}`);

describe('drawQuestions: the seeded draw behind the hand-read sample', () => {
  it('draws the same questions for the same seed, whatever order the articles come in', () => {
    const count = (a: string) => (Number(a.slice(-2)) % 4) + 1;
    const once = drawQuestions(ARTICLES, count, { seed: 13, n: 10, from: 0 });
    const again = drawQuestions([...ARTICLES].reverse(), count, { seed: 13, n: 10, from: 0 });
    expect(again).toEqual(once);
    expect(once).toHaveLength(10);
    for (const d of once) expect(d.question).toBeLessThan(count(d.article));
    expect(drawQuestions(ARTICLES, count, { seed: 14, n: 10, from: 0 })).not.toEqual(once);
  });

  it('shuffles by the seed alone, so a later start never repeats an article, whatever the engine asks', () => {
    const first = drawQuestions(ARTICLES, () => 2, { seed: 13, n: 10, from: 0 });
    // An engine that asks nothing of some articles skips them, but the positions stay the seed's.
    const sparse = drawQuestions(ARTICLES, (a) => (Number(a.slice(-2)) % 3 === 0 ? 0 : 2), {
      seed: 13,
      n: 10,
      from: 20,
    });
    const firstArticles = new Set(first.map((d) => d.article));
    expect(first.at(-1)!.position).toBeLessThan(20);
    expect(sparse.every((d) => d.position >= 20 && !firstArticles.has(d.article))).toBe(true);
    expect(sparse.every((d) => Number(d.article.slice(-2)) % 3 !== 0)).toBe(true);
  });
});

describe('unlabelledDevArticles: the pool of sample 16', () => {
  it('keeps the dev articles no qa or follow-up label names, and only dev articles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sample-pool-'));
    try {
      const dev = join(dir, 'polnear', 'article', 'dev');
      mkdirSync(dev, { recursive: true });
      mkdirSync(join(dir, 'polnear', 'article', 'train'), { recursive: true });
      for (const name of ['a-asked', 'b-followed', 'c-free', 'd-free']) writeFileSync(join(dev, `${name}.txt`), 'x');
      writeFileSync(join(dev, 'notes.md'), 'x');
      writeFileSync(join(dir, 'polnear', 'article', 'train', 'e-train.txt'), 'x');
      const row = (article: string) => `${JSON.stringify({ article })}\n`;
      writeFileSync(join(dir, 'polnear', 'qa-dev.jsonl'), row('dev/a-asked') + row('dev/a-asked'));
      writeFileSync(join(dir, 'polnear', 'followups-dev.jsonl'), row('dev/b-followed'));
      expect(unlabelledDevArticles(dir).sort()).toEqual([
        'polnear/article/dev/c-free.txt',
        'polnear/article/dev/d-free.txt',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the unread-only draw of sample 17', () => {
  const doc = [
    '## Sample 3 (seed 13)',
    '| #   | article | question | G |',
    '| --- | ------- | -------- | - |',
    '| 1   | PolNeAR nyt_2016-01-01_a-story | [pending]: Pending: “The council will vote on the harbour plan next Tuesday after a long delay.” | ✓ |',
    '| 2   | BBC politics/006 | [unverified]: Has anyone confirmed the report that too many parties were involved in the sale? | ✓ |',
    '| 3   | PolNeAR dev wp_2016-02-02_b-story | [disputed]: Disputed: “The mayor said the figures were wrong from the very first day.” | ✓ |',
    '## Sample 17 (seed 17)',
    '| 1   | PolNeAR nyt_2016-03-03_later-read | [pending]: Pending: “Anything at all that a later sample read for itself.” | ✓ |',
    '## Who is who',
    '| 1   | PolNeAR nyt_2016-04-04_not-a-sample | who is who rows are not sample rows | ✓ |',
  ].join('\n');

  it('reads the question cells of the earlier samples only, by pool path', () => {
    const rows = readRows(doc, 17);
    expect([...rows.keys()].sort()).toEqual([
      'bbc/article/politics/006.txt',
      'polnear/article/dev/wp_2016-02-02_b-story.txt',
      'polnear/article/train/nyt_2016-01-01_a-story.txt',
    ]);
    expect(readRows(doc, 18).has('polnear/article/train/nyt_2016-03-03_later-read.txt')).toBe(true);
  });

  it('counts a passage read when it shares a run of 8 words with a read row, case and punctuation aside', () => {
    const row = readRows(doc, 17).get('polnear/article/train/nyt_2016-01-01_a-story.txt')!;
    const passages = [
      ['"The council will vote on the harbour plan next Tuesday," officials said.'],
      ['The council will vote on the budget next month.'],
      ['Fishermen oppose it.', 'Will the council vote on the harbour plan next Tuesday after a long delay?'],
    ];
    expect(sharesRun(row[0]!, passages[0]![0]!)).toBe(true);
    expect(unreadQuestions(passages, row)).toEqual([1]);
    // An article nothing was read of offers no question: sample 17 reads only the unread half of read articles.
    expect(unreadQuestions(passages, undefined)).toEqual([]);
  });

  it('from sample 18 on, a short read row counts when the passage holds it whole (labels aside)', () => {
    const short = '[disputed]: Disputed: “Issa continued, ‘Yes.”';
    const passage = ['Issa continued, "Yes." The room fell silent.'];
    // Sample 17's rule could not see it; the draw it made is kept as it was read.
    expect(unreadQuestions([passage], [short])).toEqual([0]);
    expect(unreadQuestions([passage], [short], { shortWhole: true })).toEqual([]);
    // The words must stand together, and one word alone never marks a passage read.
    expect(sharesRun(short, 'Issa said he continued to say yes', true)).toBe(false);
    expect(sharesRun('[pending]: Pending: “Yes.”', 'Yes, the council said.', true)).toBe(false);
    // A long row still needs 8 words in a row.
    const long = readRows(doc, 17).get('polnear/article/train/nyt_2016-01-01_a-story.txt')![0]!;
    expect(sharesRun(long, 'The council will vote on the harbour', true)).toBe(false);
  });

  it('from sample 19 on, a rephrased row counts when the passage holds 80% of its content words', () => {
    const row = '[unverified]: Can anyone besides the harbour authority confirm that the ferry service ends in March?';
    const passages = [
      ['The ferry service ends in March, according to the harbour authority, after forty years.'],
      ['The harbour authority says the ferry will keep running.'],
      ['The ferry service ends in March.'],
    ];
    // No 8 words in a row: sample 18's match drew the first again.
    expect(unreadQuestions(passages, [row], { shortWhole: true })).toEqual([0, 1, 2]);
    // Harbour, authority, ferry, service, ends, March: all six in the first, three in the second, four in the third.
    expect(unreadQuestions(passages, [row], { shortWhole: true, byContent: true })).toEqual([1, 2]);
    // The templates' words and function words are not content: a row of fewer than 4 content words never matches by them.
    const thin = '[pending]: Pending: “Will she confirm that it is so?”';
    expect(unreadQuestions([['She will confirm it, she says.']], [thin], { byContent: true })).toEqual([0]);
    // Inflections are one word: "rejected" holds the row's "reject".
    const asked = '[disputed]: Why did Bush reject the notion that he was part of the establishment?';
    const told = ['Mr. Bush pointedly rejected the notion that he belonged to the so-called establishment.'];
    expect(unreadQuestions([told], [asked], { byContent: true })).toEqual([]);
  });

  it('from sample 21 on, a passage sentence read in any article counts (quotes, spaces and case aside)', () => {
    // Sample 20's #21: the same wire sentence read under a sibling article's headline.
    const sibling = '[disputed]: Disputed: “He avoided direct criticism of  front-runner Trump until recent days.”';
    const own = '[pending]: Pending: “The council will vote next Tuesday after a long delay.”';
    const questions = [
      ['He avoided direct criticism of front-runner Trump until recent days.', 'Q1'],
      ['"The senator avoided direct criticism of front-runner Trump," aides said.', 'Q2'],
      ['He said so.', 'Q3'],
    ];
    const sentences = [
      ['"He avoided direct criticism of front-runner Trump until recent days."'],
      ['"The senator avoided direct criticism of front-runner Trump," aides said.'],
      ['He said so.'],
    ];
    const everyRow = [own, sibling, '[disputed]: Disputed: “He said so.”'];
    // The article's own rows do not read the sibling's sentence; before sample 21 it is drawn again.
    expect(unreadQuestions(questions, [own], { shortWhole: true, byContent: true })).toEqual([0, 1, 2]);
    // The same sentence anywhere counts; another sentence sharing its words does not, nor does a sentence too short to say which.
    expect(unreadQuestions(questions, [own], { shortWhole: true, anyArticle: true }, { sentences, everyRow })).toEqual([
      1, 2,
    ]);
    expect(
      sentencesReadAnywhere(['HE AVOIDED direct criticism of front-runner Trump until recent days.'], [sibling]),
    ).toHaveLength(1);
  });

  it('hears each pick before the next article, so a sibling copy of a drawn sentence is not drawn again', () => {
    // Every article is a copy of another (same last digit): one sentence each, read once drawn.
    const sentenceOf = (a: string) => `The ferry levy was raised by ${a.slice(-1)} pence on Monday.`;
    const rows: string[] = [];
    const open = (a: string) => (sentencesReadAnywhere([sentenceOf(a)], rows).length > 0 ? [] : [0]);
    const drawn = drawAmong(ARTICLES, open, { seed: 17, n: 30, from: 0 }, (d) => rows.push(sentenceOf(d.article)));
    const sentences = drawn.map((d) => sentenceOf(d.article));
    expect(new Set(sentences).size).toBe(sentences.length);
    // Without the callback the same walk draws copies of one sentence twice (the control).
    const again = drawAmong(ARTICLES, () => [0], { seed: 17, n: 30, from: 0 }).map((d) => sentenceOf(d.article));
    expect(new Set(again).size).toBeLessThan(again.length);
  });

  it('draws deterministically among the unread questions, and is drawQuestions when all are open', () => {
    const open = (a: string) => (Number(a.slice(-2)) % 3 === 0 ? [] : [1, 3]);
    const once = drawAmong(ARTICLES, open, { seed: 17, n: 8, from: 0 });
    expect(drawAmong([...ARTICLES].reverse(), open, { seed: 17, n: 8, from: 0 })).toEqual(once);
    expect(once).toHaveLength(8);
    for (const d of once) expect([1, 3]).toContain(d.question);
    expect(once.every((d) => Number(d.article.slice(-2)) % 3 !== 0)).toBe(true);
    const all = (a: string) => [...Array((Number(a.slice(-2)) % 4) + 1).keys()];
    expect(drawAmong(ARTICLES, all, { seed: 13, n: 10, from: 0 })).toEqual(
      drawQuestions(ARTICLES, (a) => (Number(a.slice(-2)) % 4) + 1, { seed: 13, n: 10, from: 0 }),
    );
  });

  it('from sample 59 on, --unnamed-only offers every question of an article no table names, and none of a named one', () => {
    const named = readRows(doc, 17).get('polnear/article/train/nyt_2016-01-01_a-story.txt');
    const sentences = [
      ['The harbour board will meet on Friday to set the new mooring fees.'],
      ['He avoided direct criticism of front-runner Trump until recent days.'],
    ];
    const questions = sentences.map((s, k) => [s.join(' '), `Q${k}`]);
    const elsewhere = {
      sentences,
      everyRow: ['[disputed]: Disputed: “He avoided direct criticism of front-runner Trump until recent days.”'],
    };
    const match = { shortWhole: true, byContent: true, anyArticle: true };
    // The unread walk offers nothing of an unnamed article; the unnamed walk offers it all but a sibling's read sentence.
    expect(openQuestions('unread', questions, undefined, match, elsewhere)).toEqual([]);
    expect(openQuestions('unnamed', questions, undefined, match, elsewhere)).toEqual([0]);
    expect(openQuestions('unnamed', questions, undefined, match, { sentences, everyRow: [] })).toEqual([0, 1]);
    // A named article is the unread walk's, never the unnamed walk's, however little its rows read.
    expect(openQuestions('unnamed', questions, named, match, elsewhere)).toEqual([]);
    expect(openQuestions('unread', questions, named, match, elsewhere)).toEqual([0]);
  });
});
