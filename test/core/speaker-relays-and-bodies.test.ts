import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Session 56 (sp69): issue 11 — quotations relayed "according to" another source, and bodies' names a person's parse
// cut ("the New England Patriots", "NHS Dumfries and Galloway"). Invented copy of each shape.

const read = (body: string) => analyzeArticle(`Harbour news in brief\n\n${body}`);
const speakerOf = (body: string, words: string): string | null | undefined =>
  read(body).quotes.find((q) => q.text.includes(words))?.speaker;

describe('a quotation relayed "according to" a source that is not its speaker', () => {
  it('credits no one after "X said, according to <outlet>"', () => {
    const body = '"I will vote for the bridge," Ann Lee said on Friday, according to the Harbour Herald.';
    expect(speakerOf(body, 'vote for the bridge')).toBeNull();
  });

  it('credits no one in the quotation run on from a relayed one', () => {
    const body =
      '"I will vote for the bridge," Ann Lee said, according to the Harbour Herald. "And I have told the council so."';
    expect(speakerOf(body, 'told the council')).toBeNull();
  });

  it('credits no one after a relay opening the sentence', () => {
    const body = 'According to the Coast Gazette, Tom Ruiz said the plan was "a waste of money."';
    expect(speakerOf(body, 'waste of money')).toBeNull();
  });

  it('credits no one after a question whose tag the splitter set apart', () => {
    const body = '"Why now?" Tom Ruiz asked at the meeting, according to Reuters.';
    expect(speakerOf(body, 'Why now')).toBeNull();
  });

  it.each([
    ['a relay that is the speaker', 'According to Tom Ruiz, the plan is "dead in the water."', 'dead in the water'],
    [
      'a relay inside a later clause',
      '"It is a good plan," Ann Lee said, adding that, according to the county, traffic would fall.',
      'good plan',
    ],
    ['no relay', '"It is a good plan," Ann Lee said on Friday.', 'good plan'],
    [
      'a relay naming the speaker by title',
      '"It was a fine plan," Ann Lee said. The vote became "the high point of the year," according to Ms. Lee.',
      'high point',
    ],
    [
      "a record of the speaker's words",
      '"Why now?" Ann Lee asked, according to a transcript of the interview.',
      'Why now',
    ],
  ])('keeps the speaker with %s (control)', (_, body, words) => {
    expect(speakerOf(body, words)).not.toBeNull();
  });
});

describe('a body whose name opens on a place word ("the New England Patriots")', () => {
  it.each([
    ['"It is a good day," the New England Patriots said.', 'the New England Patriots'],
    ['"We welcome it," the New York Jets said.', 'the New York Jets'],
  ])('credits the whole name: %s', (body, name) => {
    expect(speakerOf(body, '')).toBe(name);
  });

  it('lists no person cut from it', () => {
    const people = read('"We welcome it," the New York Jets said.').entities.filter((e) => e.type === 'person');
    expect(people).toEqual([]);
  });

  it('keeps a person named after a place (control)', () => {
    expect(speakerOf('"We are ready," said New Jersey Gov. Chris Christie.', '')).toBe('Chris Christie');
  });
});

describe('a body whose name joins places with "and" after an acronym ("NHS Dumfries and Galloway")', () => {
  it('credits the whole body with its statement and its quotation', () => {
    const analysis = read(
      'NHS Fenwick and Marsh confirmed on Tuesday that it is consulting on plans to close the ward. ' +
        'NHS Upper Tarn and Clyde said it was "deeply concerned" about the delays.',
    );
    expect(analysis.statements[0]?.speaker).toBe('NHS Fenwick and Marsh');
    expect(analysis.quotes[0]?.speaker).toBe('NHS Upper Tarn and Clyde');
    expect(analysis.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('keeps two people named after a post (control)', () => {
    const analysis = read('NHS Director Ann Bell and Tom Ruiz said the ward was "safe for now."');
    expect(analysis.quotes[0]?.speaker).not.toBeNull();
    expect(analysis.entities.some((e) => e.name === 'Ann Bell')).toBe(true);
  });
});
