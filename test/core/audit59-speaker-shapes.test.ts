import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { lowerStart } from '../../src/core/lower-start';

/**
 * Audit 59's speaker and name findings (B-a59-2, -3, -11, -12, -13), each with copy written for the test in the
 * shape the audit found.
 */
const analyze = (...paragraphs: string[]) =>
  analyzeArticle(['Ministers weigh a duty rise', ...paragraphs].join('\n\n'));
const speakerOf = (words: string, ...paragraphs: string[]) =>
  analyze(...paragraphs).quotes.find((q) => q.text.includes(words))?.speaker ?? null;
const statementBy = (words: string, ...paragraphs: string[]) =>
  analyze(...paragraphs).statements.find((s) => s.text.includes(words))?.speaker ?? null;

describe('"a source close to the <role>" (B-a59-2)', () => {
  const minister = 'The treasurer, Clara Venn, is weighing a cap on rents.';
  const shadow = 'Labour shadow treasurer Owen Pratt accused her of "dithering for a year".';

  it('is not the role holder the phrase names as its complement', () => {
    const tag = 'A source close to the treasurer said she was "deeply uneasy" about the cap.';
    expect(speakerOf('deeply uneasy', minister, tag)).not.toBe('Clara Venn');
    expect(speakerOf('deeply uneasy', minister, shadow, tag)).not.toBe('Owen Pratt');
  });

  it('"the <role>" is not a shadow holder named since, whose role merely contains it', () => {
    const tag = 'The treasurer said she was "deeply uneasy" about the cap.';
    expect(speakerOf('deeply uneasy', minister, shadow, tag)).toBe('Clara Venn');
  });
});

describe('a trailing "according to" a record after an opening "says" (B-a59-3)', () => {
  it("leaves the claim with the sentence's own subject", () => {
    const line =
      'The treasury says the surplus has pushed prices down to 1.8 percent in May, according to ONS figures.';
    expect(statementBy('surplus', line)).toMatch(/^the treasury$/i);
  });

  it('control: with no tag of its own the record is the source', () => {
    expect(statementBy('Prices', 'Prices fell to 1.8 percent in May, according to ONS figures.')).toBe('ONS figures');
  });
});

describe('"<descriptor> told <outlet> <clause with a partial quote>" (B-a59-13)', () => {
  it('never credits the outlet told', () => {
    const line = 'A porter who worked the night shift told the Dunmore Echo the lifts were "broken for weeks".';
    expect(speakerOf('broken for weeks', line)).not.toBe('Dunmore Echo');
  });
});

describe('"<Place> General Hospital" is a body (B-a59-12)', () => {
  it('names no person "Hospital", and credits nothing to one', () => {
    const line =
      'Health Secretary Rhona Bell may shut the stroke ward at Carrow General Hospital, officials said on Friday.';
    const analysis = analyze(line);
    expect(analysis.entities.some((e) => e.name === 'Hospital')).toBe(false);
    expect(analysis.statements.some((s) => s.speaker === 'Hospital')).toBe(false);
  });

  it('control: a surname after a rank is still a person ("Judge Hall", "Mayor Bell")', () => {
    const names = analyze('Judge Hall said the case would resume.', 'Mayor Bell said the road would reopen.').entities;
    expect(names.map((e) => e.name)).toEqual(expect.arrayContaining(['Hall', 'Bell']));
  });
});

describe('a party word opening a post before a name keeps its capital (B-a59-11)', () => {
  it('keeps "Conservative" and "Democratic" before a post and a name', () => {
    expect(lowerStart('Conservative shadow home secretary Ian Lowe said', new Set())).toMatch(/^Conservative /);
    expect(lowerStart('Democratic senator Rosa Tate said', new Set())).toMatch(/^Democratic /);
  });

  it("control: a view's adjective before a plural is lowered as before", () => {
    expect(lowerStart('Conservative critics said the plan was costly', new Set())).toMatch(/^conservative /);
  });
});

describe("a live page's time stamp opening the paragraph (B-a59-15)", () => {
  it('is no part of the subject after it', () => {
    const analysis = analyze(
      'Update 2.40pm: The AA said a 4p rise in duty would add about £2 to a tank of fuel.',
      'Update 3.05pm: The mayor\'s chief of staff said the council "will not be rushed".',
    );
    expect(analysis.statements.find((s) => s.text.includes('4p rise'))?.speaker).toMatch(/^the AA$/i);
    expect(analysis.quotes.find((q) => q.text.includes('rushed'))?.speaker).toMatch(/^the mayor's chief of staff$/i);
  });
});
