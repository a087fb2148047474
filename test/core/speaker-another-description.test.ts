import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Ferry timetable in brief\n\n${body}`).quotes.map((q) => q.speaker);

const lead = 'Islanders in Kelsby met on Thursday to discuss the winter ferry timetable.\n\n';
const words = '"Nobody asked us before the sailings were cut,"';

/**
 * Session 47 (sp59): "another" opens a noun phrase as "a" and "one" do, so "another Kelsby fisherman added" is the
 * description that speaks, not a clause to drop (PolNeAR train: "another New Hampshire Republican added" and the
 * like, 7 quotations).
 */
describe('a description opening on "another"', () => {
  it('speaks after the quotation', () => {
    expect(quoteSpeakers(`${lead}${words} another Kelsby fisherman added.`)).toEqual(['another Kelsby fisherman']);
  });

  it('speaks after an inverted verb', () => {
    expect(quoteSpeakers(`${lead}${words} said another islander at the meeting.`)).toEqual(['another islander']);
  });

  it('control: "one" already opened a description', () => {
    expect(quoteSpeakers(`${lead}${words} one Kelsby fisherman added.`)).toEqual(['one Kelsby fisherman']);
  });
});
