import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { durationAhead } from '../../src/core/duration-ahead';
import { contentTerms } from '../../src/core/tokenize-words';

/** The asked verb as the question's terms hold it. */
const stem = (verb: string): string | undefined => contentTerms(verb)[0];

// Audit 51 (B-a51-7): "will decide within ten days" dates the decision ahead, so "when will…?" is answered, not "the
// article doesn't say"; the stretch dates only the act it follows. Composed copy.
const pier = analyzeArticle(
  [
    'Pier decision due',
    'Marlow council says it will decide within ten days whether to reopen the Carrick pier, which was damaged by storms.',
    "The pier's owners, Tidewell Leisure, want it repaired quickly. Engineers found cracks in three of its supports.",
    'Councillor Ada Brent said residents had waited long enough.',
  ].join('\n\n'),
);

describe('a stretch ahead from now after the asked verb', () => {
  it('answers when the council will decide', () => {
    expect(answerQuestion(pier, 'When will the council decide on the pier?').answer).toContain('within ten days');
  });

  it('does not date the reopening said after the stretch (control)', () => {
    expect(answerQuestion(pier, 'When will the pier reopen?').answer).toBeNull();
  });
});

describe('durationAhead', () => {
  it('reads "within ten days", "in two weeks" and "within 30 days" right after the verb', () => {
    expect(durationAhead('The board will decide within ten days.', stem('decide'))).toBe(true);
    expect(durationAhead('The firm will publish the audit in two weeks.', stem('publish'))).toBe(true);
    expect(durationAhead('They will vote on the plan within 30 days.', stem('vote'))).toBe(true);
  });

  it('leaves a stretch before the verb, another verb and "for ten days" alone (controls)', () => {
    expect(durationAhead('Within ten days the board will meet and then decide.', stem('decide'))).toBe(false);
    expect(durationAhead('Rates will return to zero within two years.', stem('hike'))).toBe(false);
    expect(durationAhead('The board will decide for ten days.', stem('decide'))).toBe(false);
  });
});

// Review 52's B-r52-10: an infinitive's own verb between the asked verb and the stretch takes the stretch.
describe('a stretch after "to <verb>"', () => {
  it("dates the infinitive's act, not the asked verb", () => {
    expect(durationAhead('The trustees will vote to repay the mill loan within 15 years.', stem('vote'))).toBe(false);
    expect(durationAhead('Ministers plan to rebuild the jetty in three months.', stem('plan'))).toBe(false);
  });

  it('still dates the asked verb with a noun or "to the" between (controls)', () => {
    expect(durationAhead('The trustees will vote on the refinancing within 15 days.', stem('vote'))).toBe(true);
    expect(durationAhead('The firm will report to the regulator within 30 days.', stem('report'))).toBe(true);
  });
});

// Review 53's B-r53-5: "to work", "to school" is a verb's "to" and a noun VERB_BASES also holds, not a second act.
describe('a stretch after "to <noun>"', () => {
  const port = analyzeArticle(
    [
      'Quarry strike ends',
      'Striking quarrymen at Delbrook will return to work within three weeks, their union said after a ballot.',
      'The stoppage has held up the bypass for a month.',
    ].join('\n\n'),
  );

  it('dates the asked verb when nothing of its own follows the "to" word', () => {
    expect(durationAhead('The cadets will return to work within two weeks.', stem('return'))).toBe(true);
    expect(answerQuestion(port, 'When will the quarrymen return to work?').answer).toContain('within three weeks');
  });

  it('control: an infinitive with its own object still takes the stretch', () => {
    expect(durationAhead('The cadets will return to rebuild the hall within two weeks.', stem('return'))).toBe(false);
  });
});
