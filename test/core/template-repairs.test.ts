import { describe, expect, it } from 'vitest';
import { questionProblems } from '../support/question-grammar';
import { questionsOf } from '../support/questions-of';

/** Template constructions a hand-read found wrong, in copy written for the test. */

describe('the accusation template', () => {
  it('takes "does" for a person whose surname ends in -s, "do" for a plural', () => {
    expect(
      questionsOf(
        'Bernie Sanders spoke at the depot on Monday.',
        'Jo Palmer accused Sanders of misleading voters about the depot.',
      ),
    ).toContain('How does Sanders answer the accusation by Jo Palmer of misleading voters about the depot?');
    expect(questionsOf('Jo Palmer accused the councillors of misleading voters about the depot.')).toContain(
      'How do the councillors answer the accusation by Jo Palmer of misleading voters about the depot?',
    );
  });
  it('names no accuser rather than a phrase or a conjunction left before the verb', () => {
    const asked = questionsOf(
      'Bernie Sanders spoke at the depot on Monday.',
      'Jo Palmer, without naming him, accused Sanders of misleading voters about the depot.',
    );
    // The phrase closing on its comma is passed over to the name before it (session 35, q49), never taken as the accuser.
    expect(asked).toContain(
      'How does Sanders answer the accusation by Jo Palmer of misleading voters about the depot?',
    );
    for (const q of asked) expect(questionProblems(q, '')).not.toContain('no accuser after "the accusation by"');
    expect(questionProblems('How does ISIS answer the accusation by and of raiding the depot?', '')).toContain(
      'no accuser after "the accusation by"',
    );
  });
});

describe('a participle aside between a reported subject and its verb', () => {
  it('is dropped, so the clause keeps its verb', () => {
    // "his" needs the man the sentence before names: a claim resting on an unresolved pronoun is not asked.
    expect(
      questionsOf(
        'Mayor John Reyes faces a vote in May.',
        'Some analysts believe his record as mayor for six years, including the depot deal, will hurt him.',
      ),
    ).toContain(
      'Which analysts believe John Reyes’s record as mayor for six years will hurt him, and can they be named?',
    );
  });
  it('still ends a clause at a trailing participle phrase', () => {
    const asked = questionsOf('Some analysts believe the depot will hurt him, citing the cost of the levy.');
    expect(asked).toContain('Which analysts believe the depot will hurt him, and can they be named?');
  });
});
