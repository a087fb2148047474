import { describe, expect, it } from 'vitest';
import type { Quote, Sentence } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { cleanArticle } from '../../src/core/clean-article';
import { doubleApostropheMarks } from '../../src/core/double-apostrophe-marks';
import { splitSentences } from '../../src/core/split-sentences';

function quotes(body: string): Quote[] {
  return analyzeArticle(`Headline\n\n${body}`).quotes;
}

function sentences(body: string): Sentence[] {
  return splitSentences(cleanArticle(`Headline\n\n${body}`, {}));
}

describe("quotes marked with two apostrophes (''…'', the NYT feed's style)", () => {
  const doubled = [
    '"Melania, tell them what it\'s like," she said at the rally.',
    'Paul D. Ryan spoke on Tuesday. "I disavow these comments. I regret those comments that he made," Mr. Ryan said.',
    '"It is time to move on," said Jeff Flake, a senator from Arizona. "We have waited long enough.',
    '"Nobody said \'wait,\'" Mr. Flake added.',
  ].join('\n\n');
  const story = doubled.replace(/"/g, "''");

  it('finds the quotes, whole, with their speakers, as the same story with double marks', () => {
    const found = quotes(story);
    const byStart = (start: string) => found.find((q) => q.text.startsWith(start));
    expect(byStart('Melania, tell them')?.text).toBe("Melania, tell them what it's like,");
    expect(byStart('I disavow')?.text).toBe('I disavow these comments. I regret those comments that he made,');
    expect(byStart('I disavow')?.speaker).toBe('Paul D. Ryan');
    expect(byStart('It is time')?.speaker).toBe('Jeff Flake');
    // A paragraph left open runs on into the next that opens with a mark (newspaper convention).
    expect(byStart('We have waited')?.text).toBe("We have waited long enough. Nobody said 'wait,'");
    expect(byStart('We have waited')?.speaker).toBe('Jeff Flake');
    expect(found.some((q) => /said at the rally|Mr\. Ryan said/.test(q.text))).toBe(false);
    expect(found).toEqual(quotes(doubled));
  });

  it('closes a quote whose closing marks stand apart from its words', () => {
    const body = [
      "''He built very strong left-right coalitions, '' said Warren Gunnels, an aide. ''He is not on the left.''",
      "''We will win this fight.''― Adriana Rodarte",
    ].join('\n\n');
    const found = quotes(body);
    expect(found.find((q) => q.text.startsWith('He built'))?.text.trim()).toBe(
      'He built very strong left-right coalitions,',
    );
    expect(found.find((q) => q.text.startsWith('He built'))?.speaker).toBe('Warren Gunnels');
    expect(found.find((q) => q.text.startsWith('We will win'))?.text).toBe('We will win this fight.');
  });

  it('keeps each sentence the same length, so offsets into the original hold', () => {
    const before = sentences(story);
    const after = doubleApostropheMarks(before);
    expect(after).not.toBe(before);
    after.forEach((s, i) => {
      expect(s.text.length).toBe(before[i]!.text.length);
      expect([s.start, s.end]).toEqual([before[i]!.start, before[i]!.end]);
    });
  });
});

describe("quotes opened with two backticks and closed with two apostrophes (``…'', TeX and typewriter copy)", () => {
  const doubled = [
    '"Melania, tell them what it\'s like," she said at the rally.',
    '"It is time to move on," said Jeff Flake, a senator from Arizona. "We have waited long enough.',
    '"Nobody said \'wait,\'" Mr. Flake added.',
  ].join('\n\n');
  const story = doubled.replace(/"(?=[\p{L}'])/gu, '``').replace(/"/g, "''");

  it('finds the quotes and speakers the same story with double marks gives', () => {
    expect(story).toContain("``Melania, tell them what it's like,'' she said");
    expect(quotes(story)).toEqual(quotes(doubled));
  });

  it('keeps each sentence the same length, so offsets into the original hold', () => {
    const before = sentences(story);
    const after = doubleApostropheMarks(before);
    expect(after).not.toBe(before);
    const shape = (list: Sentence[]) => list.map((s) => [s.text.length, s.start, s.end]);
    expect(shape(after)).toEqual(shape(before));
  });

  it('control: backticks that no two apostrophes close are left alone', () => {
    const split = sentences('Type ``ls`` to list the files, said Ann Bell.');
    expect(doubleApostropheMarks(split)).toBe(split);
  });
});

describe("British single-quote copy that also holds one ''…'' pair", () => {
  const british = [
    "The mayor said the closure was 'a betrayal of the town'.",
    "'We will fight it in the courts,' she told the Courier.",
  ].join(' ');

  it("keeps its quotes: the '' pair is one quotation, not two double marks outweighing the single ones", () => {
    const found = quotes(`${british} Her deputy called it ''a mess'' in an email.`);
    // The pair, outside any single quotation, is a quotation of its own (s48 B-a49-1), read after the others.
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ...quotes(british).map((q) => [q.text, q.speaker]),
      ['a mess', null],
    ]);
    expect(found.some((q) => q.text.startsWith('We will fight it'))).toBe(true);
  });

  it("keeps a '' quotation beside single-quoted terms of a word or two (review s29 B-ux29-3)", () => {
    const found = quotes(
      "''We will not back down on the budget,'' Mr. Smith said on Tuesday. Fans called the plan 'amazing' and 'historic' after the vote.",
    );
    expect(found.map((q) => [q.text, q.speaker])).toEqual([['We will not back down on the budget,', 'Smith']]);
    const hawk = quotes(
      "Mr. Smith, who calls himself a 'fiscal hawk', spoke on Tuesday. ''We will not back down on the budget,'' he said. Aides called the plan 'bold'.",
    );
    expect(hawk.some((q) => q.text.startsWith('We will not back down'))).toBe(true);
  });

  it("control: single marks nested inside '' pairs say nothing of British style", () => {
    const found = quotes("''Nobody said 'wait' and nobody said 'stop,' '' Mr. Flake added. ''It is over.''");
    expect(found.map((q) => q.text.trim())).toEqual(["Nobody said 'wait' and nobody said 'stop,'", 'It is over.']);
  });
});

describe("controls: '' that is no pair of quote marks", () => {
  it('leaves a lone two-apostrophe mark alone and finds no quote', () => {
    const body = "The centre is 6-foot-11'' and plays on Saturday. The coach spoke of ''grit at length.";
    const split = sentences(body);
    expect(doubleApostropheMarks(split)).toBe(split);
    expect(quotes(body)).toEqual([]);
  });

  it("leaves a plural possessive's apostrophe alone in copy that quotes with two apostrophes", () => {
    const body = "The Jones' house stood empty. ''We miss the Joneses' garden,'' said Ann Bell.";
    const found = quotes(body);
    expect(found.map((q) => [q.text, q.speaker])).toEqual([["We miss the Joneses' garden,", 'Ann Bell']]);
    const rewritten = doubleApostropheMarks(sentences(body));
    expect(rewritten[0]!.text).toBe("The Jones' house stood empty.");
  });

  it('reads copy with double marks exactly as before (the same sentences)', () => {
    const split = sentences('"It works," said Ann Bell. The Jones\' house stood empty.');
    expect(doubleApostropheMarks(split)).toBe(split);
  });
});
