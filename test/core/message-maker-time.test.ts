import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Ferry sailings cut for the winter\n\n${body}`).quotes.map((q) => q.speaker);

const lead = 'A ferry operator in Calmouth has cancelled its Sunday sailings until March after a crew shortage.\n\n';
const words = '"We regret the disruption and are training new crew as fast as we can,"';

/**
 * Session 47, review 48's B-a48-12, on invented copy: a possessor or a "from" object that is a time or a feeling
 * names no one, so the message stays unattributed; a body or a person still names its maker.
 */
describe("a message whose 'maker' is a time or a feeling (B-a48-12)", () => {
  it("leaves Tuesday's statement unattributed", () => {
    expect(quoteSpeakers(`${lead}${words} Tuesday's statement said.`)).toEqual([null]);
  });

  it('leaves the statement from last month unattributed', () => {
    expect(quoteSpeakers(`${lead}${words} the statement from last month said.`)).toEqual([null]);
  });

  it('leaves a letter from the heart unattributed', () => {
    expect(quoteSpeakers(`${lead}${words} a letter from the heart said.`)).toEqual([null]);
  });

  it("control: the operator's statement keeps its maker", () => {
    expect(quoteSpeakers(`${lead}${words} the operator's statement said.`)).toEqual(["the operator's statement"]);
  });

  it("control: the hospital's statement keeps its maker, a building first and a body second in WordNet", () => {
    expect(quoteSpeakers(`${lead}${words} the hospital's statement said.`)).toEqual(["the hospital's statement"]);
  });

  it('control: a letter from the harbour board keeps its maker', () => {
    expect(quoteSpeakers(`${lead}${words} a letter from the harbour board said.`)).toEqual([
      'a letter from the harbour board',
    ]);
  });

  it("control: yesterday's statement stays unattributed", () => {
    expect(quoteSpeakers(`${lead}${words} yesterday's statement said.`)).toEqual([null]);
  });
});
