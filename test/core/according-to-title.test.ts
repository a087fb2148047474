import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const speakers = (sentence: string): Array<string | null> =>
  analyzeArticle(`Study questioned\n\nThe study was published on Monday.\n\n${sentence}`).quotes.map((q) => q.speaker);

/** Review s32 B-main-29: "According to Dr. Jane Smith, …" printed the speaker "Dr". */
describe('"according to" a name written with a title\'s stop or an initialism', () => {
  it.each([
    ['According to Dr. Jane Smith, the study was "deeply flawed".', 'Jane Smith'],
    ['According to Gov. Jane Smith, the plan is "dead on arrival".', 'Jane Smith'],
    ['The study was "deeply flawed", according to Prof. Alan Hughes.', 'Alan Hughes'],
    ['According to U.S. officials, the strike was "a success".', 'U.S. officials'],
  ])('%s', (sentence, speaker) => {
    expect(speakers(sentence)).toEqual([speaker]);
  });

  it('controls: without the stop, and a tag after the quote', () => {
    expect(speakers('According to Dr Jane Smith, the study was "deeply flawed".')).toEqual(['Jane Smith']);
    expect(speakers('"The study is deeply flawed," Dr. Ruth Westheimer said.')).toEqual(['Ruth Westheimer']);
  });
});
