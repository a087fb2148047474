import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// ans82, session 61: the sentence with a body's full name and a loose match for the predicate ("next session") beat
// the short-reference sentence saying the asked thing is not known (audit 61 B-a61-21). Composed copy.
const story = (gap: string) =>
  analyzeArticle(
    [
      'Harbour fees review delayed',
      'Kofi Mensah, who chairs the Regional Harbour Fees Tribunal, said the tribunal would take up the complaint at its next sitting.',
      '"We hear both sides. We look at the papers," Mensah said.',
      gap,
      'Fishing crews say the fees have doubled since 2022.',
    ].join('\n\n'),
  );

describe('a stated gap about the named body, below its full-name sentence', () => {
  it('says it is not known, citing the gap sentence', () => {
    const a = story('He did not say when the tribunal would next meet.');
    const r = answerQuestion(a, 'When will the Regional Harbour Fees Tribunal next meet?');
    expect(r).toMatchObject({ answer: null, declined: 'not-known' });
    expect(r.answer === null && a.sentences.find((s) => s.id === r.nearestId)?.text).toContain('did not say when');
  });

  it('answers from the full-name sentence when it says the predicate itself (control)', () => {
    const a = analyzeArticle(
      [
        'Harbour fees review delayed',
        'The Regional Harbour Fees Tribunal said it would next meet on March 4 to take up the complaint.',
        'Fishing crews say the fees have doubled since 2022.',
      ].join('\n\n'),
    );
    expect(answerQuestion(a, 'When will the Regional Harbour Fees Tribunal next meet?').answer).toContain('March 4');
  });
});
