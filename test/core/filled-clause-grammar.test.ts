import { describe, expect, it } from 'vitest';
import { challenge } from '../../src/core/challenge-question';
import { passageItem } from '../../src/core/passage-item';
import { vagueSource } from '../../src/core/phrase-question';
import { cutClause, reportedClause } from '../../src/core/question-clauses';
import { subjectlessClause } from '../../src/core/subjectless-clause';
import { isCleanQuestion } from '../../src/core/vet-question';
import { questionsOf } from '../support/questions-of';
import { pastCap } from './past-cap';

/**
 * The four ungrammatical classes of hand-read sample 13 (docs/hand-read-questions.md), each in small
 * sentences written for the test, and the general check behind them: a template's filled clause needs
 * a subject and a finite verb, or the flagged passage is shown instead.
 */
const ctx = (text: string, extra: Partial<Parameters<typeof challenge>[0]> = {}) => ({
  text,
  actor: null,
  mainActor: null,
  properWords: new Set<string>(),
  ...extra,
});

describe('sample 13: a that-clause is never cut at a comma before its verb', () => {
  it('keeps a second that-clause whole or cuts with "…", never after its subject', () => {
    const clause =
      'the mayor is weighing a second term for the council and that the port’s growth, helped along by that of the rail depot, was a reason for his choice';
    const cut = cutClause(clause, 20);
    expect(cut).not.toMatch(/growth$/);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('still ends a long clause at a comma once its that-clause has its verb', () => {
    const clause =
      'the mayor said that the port has grown faster than the town expected last year, and the council will meet to discuss the depot plan again';
    expect(cutClause(clause, 20)).toBe(
      'the mayor said that the port has grown faster than the town expected last year',
    );
  });

  it("drops a relative clause between a claim's subject and its verb instead of cutting at its which", () => {
    expect(cutClause('the depot, which the city bought in 2010, was losing money', 20)).toBe(
      'the depot was losing money',
    );
    expect(cutClause('the aide, who joined in May, had been paid by the developer', 20)).toBe(
      'the aide had been paid by the developer',
    );
    // Controls: a relative clause with no verb of the subject's after it still ends the clause.
    expect(cutClause('the mayor backed Ana Ruiz, who is 40, for the seat', 20)).toBe('the mayor backed Ana Ruiz');
    expect(cutClause('the council sold the depot, which angered the union', 20)).toBe('the council sold the depot');
  });

  it('the vetting refuses a coordinated that-clause that kept no verb', () => {
    const copy =
      'The Courier reported that the mayor is weighing a second term and that the port’s growth, helped by the depot, was a reason.';
    expect(
      isCleanQuestion(
        'Has anyone confirmed the report that the mayor is weighing a second term and that the port’s growth?',
        copy,
      ),
    ).toBe(false);
    expect(
      isCleanQuestion(
        'Has anyone confirmed the report that the mayor is weighing a second term and that the port grew?',
        `${copy} The port grew.`,
      ),
    ).toBe(true);
  });
});

describe('sample 13: the criticism template never wraps a criticism', () => {
  it('refuses a clause whose subject is itself the criticism', () => {
    const text = 'The usual complaint about such surveys is that they miss the role of the church.';
    expect(challenge(ctx(text, { mainActor: 'Harbour Trust', mainIsPerson: false }))).toBeNull();
    expect(
      challenge(ctx('Critics say the trust ignored residents.', { mainActor: 'Alan Price', mainIsPerson: true })),
    ).toBe('How does Alan Price answer the criticism that the trust ignored residents?');
  });

  it('refuses a clause that reports a criticism rather than making one', () => {
    const text = 'The depot plan has drawn sharp criticism from both sides of the harbour.';
    expect(challenge(ctx(text, { mainActor: 'Alan Price', mainIsPerson: true }))).toBeNull();
  });

  it('asks an organisation only when the sentence names it, with the article the copy gives it', () => {
    const absent = 'Critics say the depot plan ignored the fishermen.';
    expect(challenge(ctx(absent, { mainActor: 'Harbour Trust', mainIsPerson: false }))).toBeNull();
    const named = 'Critics of the Harbour Trust say the depot plan ignored the fishermen.';
    expect(challenge(ctx(named, { mainActor: 'Harbour Trust', mainIsPerson: false }))).toBe(
      'How does the Harbour Trust answer the criticism that the depot plan ignored the fishermen?',
    );
  });
});

describe('sample 13: "Which … say" refuses a relative clause read without its head', () => {
  it('refuses "a gap that experts say renders…" and keeps a reported clause after "said that"', () => {
    expect(vagueSource(ctx('The fence leaves a gap that flood experts say renders the new wall useless.'))).toBeNull();
    expect(vagueSource(ctx('Harbour staff said that some officials say the depot will cost more than planned.'))).toBe(
      'Which officials say the depot will cost more than planned, and can they be named?',
    );
    // After a preposition the pronoun is no part of the reported clause, which keeps its own subject.
    expect(vagueSource(ctx('The mayor cited a letter in which council sources said the depot would close.'))).toBe(
      'Which sources say the depot would close, and can they be named?',
    );
  });
});

describe('sample 13: a partitive subject keeps its head', () => {
  it('reads "One of the main claims of …" as the subject, not an attribution to strip', () => {
    const sentence = 'One of the main claims of the mayor’s speech to the council on Monday does not hold up.';
    expect(reportedClause(sentence)).toBe(
      'One of the main claims of the mayor’s speech to the council on Monday does not hold up',
    );
    expect(reportedClause('Harbour officials claimed on Monday that the depot plan will cost more.')).toBe(
      'the depot plan will cost more',
    );
  });
});

describe('the general check: a filled clause with no subject is refused', () => {
  it('refuses a that-frame opening on "of" or a finite verb', () => {
    expect(subjectlessClause('Can it be confirmed that of the speech does not hold up?', '')).toBe(true);
    expect(subjectlessClause('Can a named source confirm that is tied to the port?', '')).toBe(true);
    expect(subjectlessClause('Can it be confirmed that the speech does not hold up?', '')).toBe(false);
  });

  it('refuses a "say" frame whose clause the copy opens inside a relative clause', () => {
    const copy = 'It was a deadline that several insiders said went unnoticed in two wards.';
    expect(subjectlessClause('Which insiders say went unnoticed in two wards, and can they be named?', copy)).toBe(
      true,
    );
    const reported = 'Several insiders said the deadline went unnoticed in two wards.';
    expect(
      subjectlessClause(
        'Which insiders say the deadline went unnoticed in two wards, and can they be named?',
        reported,
      ),
    ).toBe(false);
  });

  it('shows the passage when no template can phrase the sentence cleanly', () => {
    const qs = questionsOf(
      'The council faces a deadline that several harbour insiders said went unnoticed in two wards.',
      'The vote is on Tuesday.',
    );
    expect(qs.some((q) => /say went unnoticed/.test(q))).toBe(false);
  });
});

describe('sample 13: an idiom of reputation is no unknown', () => {
  it('reads "not known as/for" as a reputation and "not known whether" as an open question', () => {
    const reputation = questionsOf(
      'The harbour master is not known for his patience with the council, and the depot plan has tested it.',
      'The council votes on Tuesday.',
    );
    expect(reputation.some((q) => q.startsWith('Not known:') || /^Who can say/.test(q))).toBe(false);
    const open = questionsOf(
      'It is not known whether the harbour master will back the depot plan.',
      'He declined to comment.',
    );
    expect(open.some((q) => /^Not known:|^Who can say|^Will /.test(q))).toBe(true);
  });
});

describe('sample 13: a long passage keeps what its fronted source says', () => {
  it('never ends at the comma that closes "According to …,"', () => {
    const sentence =
      'According to a spring 2024 survey by the Harbour Research Institute based on port records from 2022, dockers who live in the town are older than elsewhere on the coast and make up a larger share of the workforce than ever before in the history of the port.';
    const item = passageItem('unverified', pastCap(sentence), null, 0);
    expect(item).toContain('dockers who live in the town');
    const clause =
      'The harbour board said on Monday that the depot plan, which has divided the town for years, would go ahead, and the council will meet again next week to set out how the costs of the scheme are to be shared between the port and the town.';
    expect(passageItem('pending', pastCap(clause), null, 0)).toMatch(/would go ahead …”$/);
  });
});
