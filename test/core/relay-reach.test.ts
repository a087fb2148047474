import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Session 56 (rev57fixb): how far an "according to" relay reaches (review 57, R57-4/5/6). Invented copy of each shape.

const speakerOf = (body: string, words: string): string | null | undefined =>
  analyzeArticle(`Valley news in brief\n\n${body}`).quotes.find((q) => q.text.includes(words))?.speaker;

describe('an "according to" relay covers its own clause only', () => {
  it('an opening relay leaves a coordinate ", and X said:" clause its speaker', () => {
    const body =
      'According to the water board, bills rose by 6 percent last spring, and Councillor Priya Nandi said: "People cannot pay this."';
    expect(speakerOf(body, 'cannot pay')).toBe('Priya Nandi');
  });
  it('control: an opening relay over the tag itself still credits no one', () => {
    const body = 'According to the Valley Courier, Councillor Priya Nandi said: "People cannot pay this."';
    expect(speakerOf(body, 'cannot pay')).toBeNull();
  });
  it('a relay inside a relative clause after the tag leaves the speaker', () => {
    for (const tail of [
      'whose brother, according to the coroner,',
      'a porter at the depot where, according to the union,',
    ]) {
      const body = `"Nobody warned the night shift," said Colm Begley, ${tail} the fire began.`;
      expect(speakerOf(body, 'Nobody warned')).toBe('Colm Begley');
    }
  });
  it('control: an apposition before the relay is still the tag', () => {
    const body = '"Nobody warned the night shift," said Colm Begley, a porter, according to the Valley Courier.';
    expect(speakerOf(body, 'Nobody warned')).toBeNull();
  });
});

describe("the speaker's own channel is no relay", () => {
  it('keeps the speaker when a possessive points the statement or post back at them', () => {
    for (const relay of ['a statement issued by his office', 'a message on her Instagram account']) {
      const body = `"The depot will reopen in June," Councillor Ruth Ames said, according to ${relay}.`;
      expect(speakerOf(body, 'depot will reopen')).toBe('Ruth Ames');
    }
  });
  it('control: a person behind the possessive is another mouth', () => {
    const body = '"The depot will reopen in June," Councillor Ruth Ames said, according to her deputy.';
    expect(speakerOf(body, 'depot will reopen')).toBeNull();
  });
});
