import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { findCues } from '../../src/core/question-cues';

/**
 * Issue 13, session 60 (fu60): audit 60's B-a60-17 and B-a60-19 shapes, review 61's R61-15, and one decision told
 * with two dates. Copy written for the test.
 */
const questions = (...sentences: string[]) =>
  analyzeArticle(
    `Ferry subsidy halved\n\nThe county voted on Monday to halve the island ferry subsidy.\n\n${sentences.join('\n\n')}\n`,
  ).questions;
const texts = (...sentences: string[]) => questions(...sentences).map((q) => `${q.text} [${q.kind}]`);
const shapes = (sentence: string) => findCues(sentence).map((c) => c.shape);

describe('a pseudo-cleft naming what is not known asks its focus (B-a60-17)', () => {
  it('asks a whether-focus plainly', () => {
    expect(texts('What remains unclear is whether the operator will keep the winter timetable.')).toContain(
      'Will the operator keep the winter timetable? [unknown]',
    );
  });

  it('asks another wh-focus as "Who can say …"', () => {
    expect(texts('What the survey cannot tell us is how many islanders have already moved to the mainland.')).toContain(
      'Who can say how many islanders have already moved to the mainland? [unknown]',
    );
  });

  it.each([
    // The focus is a noun, not a question left open.
    'What remains unclear is the cost.',
    // What someone can tell: no unknown.
    'What the survey can tell us is how many islanders moved.',
    // "clear"/"known" not negated: the copy says it knows (review63 R63-2).
    'What is known is when the ferry last sailed: just before dawn, the harbour master said.',
    'What is clear is why the timetable was cut, officials said.',
  ])('control: %s', (sentence) => expect(shapes(sentence)).not.toContain('pseudo-cleft'));

  it.each([
    'What is not yet known is why the timetable was cut.',
    'What remains unclear is why the timetable was cut.',
    'What is still not clear is why the timetable was cut.',
  ])('a negated or uncertain first part opens the question: %s', (sentence) =>
    expect(shapes(sentence)).toContain('pseudo-cleft'),
  );
});

describe('an open question with a time adverb set off by commas (B-a60-17)', () => {
  it('"is, for now, an open question" is the named-open cue', () => {
    expect(texts('Whether the savings will cover the shortfall is, for now, an open question.')).toContain(
      'Will the savings cover the shortfall? [unknown]',
    );
  });
});

describe('a decision on a condition is pending, asked with its condition (B-a60-19)', () => {
  it('leads with the decision over the unnamed source, keeping the condition in the copy’s words', () => {
    const asked = texts(
      'If the talks fail, the dispute will go to the harbour board at its meeting on Nov. 14, where it could be settled by a simple majority, according to a county official.',
    );
    expect(asked).toContain(
      'If the talks fail, will the dispute go to the harbour board at its meeting on Nov. 14? [pending]',
    );
  });

  it.each(['He will go to the shops if it rains.', 'If the weather holds, the ferry will sail at noon.'])(
    'control, no decision: %s',
    (sentence) => expect(shapes(sentence)).not.toContain('conditional-decision'),
  );
});

describe('a withdrawn claim is gated where its verb governs it (R61-15)', () => {
  it('asks the live claim beside a withdrawn one', () => {
    expect(
      texts(
        'The councillor walked back a claim that the clerk had lied, but her rival repeated the allegation that the clerk took money from the operator.',
      ),
    ).toContain('Is it true that the clerk took money from the operator? [unverified]');
  });

  it('control: a claim withdrawn alone is still no cue', () => {
    expect(shapes('The councillor walked back a claim that the clerk had lied to the board.')).not.toContain('claim');
  });
});

describe('one decision told with two dates keeps both', () => {
  it('adds the second line’s date in the copy’s words', () => {
    const asked = questions(
      'The inspectorate is expected to decide next week whether to open a full inquiry into the ferry operator.',
      'A decision on whether to open the inquiry is expected by Friday, according to a source at the inspectorate.',
    ).filter((q) => /whether to open/.test(q.text));
    expect(asked).toHaveLength(1);
    expect(asked[0]!.text).toMatch(/next week/);
    expect(asked[0]!.text).toMatch(/by Friday/);
  });
});
