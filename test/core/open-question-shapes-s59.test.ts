import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { coordinatedHead } from '../../src/core/coordinated-head';
import { findCues } from '../../src/core/question-cues';
import { sameDecision } from '../../src/core/same-decision';

/**
 * Issue 13, session 59 (fu59): audit 59's B-a59-22 shapes and routine dated events. Copy written for the test.
 */

/** The open questions of a short invented story holding the sentences given. */
const questions = (...sentences: string[]) =>
  analyzeArticle(`Harbour works stall\n\nThe Tarnby marina project has stalled.\n\n${sentences.join('\n\n')}\n`)
    .questions;
const texts = (...sentences: string[]) => questions(...sentences).map((q) => `${q.text} [${q.kind}]`);
const pending = (text: string) => findCues(text).some((c) => c.kind === 'pending');

describe('a denial coordinated after a saying verb is the saying subject’s', () => {
  it('asks the claim denied, put to the subject of both verbs', () => {
    const asked = texts(
      'The builder, Orrin Quay Homes, said the invoices were being checked and rejected the claim that wages had been held back.',
    ).join(' ');
    expect(asked).toContain('Is there evidence that wages had been held back, which the builder denies?');
    expect(asked).not.toMatch(/which said/);
  });

  it('finds the first verb of the coordination, and leaves other heads alone', () => {
    expect(coordinatedHead('The builder, Orrin Quay Homes, said the invoices were being checked and')).toBe(
      'The builder, Orrin Quay Homes,',
    );
    expect(coordinatedHead('Mayor Hal Brenner flatly')).toBe('Mayor Hal Brenner flatly');
    expect(coordinatedHead('Tarnby Homes said the invoices were being checked and')).toBe('Tarnby Homes');
    // No verb of its own before "and": a coordinated subject's words are kept as they are.
    expect(coordinatedHead('The board of the trust and')).toBe('The board of the trust and');
    // A comma piece whose verb comes later is another clause (a relative one here): left as it was.
    const relative = 'The emails raised questions, a charge that Ms. Vance has faced before and has';
    expect(coordinatedHead(relative)).toBe(relative);
  });
});

describe('a decision an unnamed official dates is pending', () => {
  it('asks the ruling awaited, not who the official is', () => {
    const asked = texts(
      'The Ports Authority is expected to rule within 30 days on a request by the builder for arbitration, an authority official said.',
    ).join(' ');
    expect(asked).toContain('Will the Ports Authority rule within 30 days');
    expect(asked).toContain('[pending]');
    expect(asked).not.toContain('[unverified]');
  });

  it.each([
    'The harbour board is likely to approve the sale of the marina, a person familiar with the talks said.',
    'The harbour board is expected to decide on the sale of the marina, an official said.',
  ])('control: an unnamed source forecasting the outcome, or giving no time, stays unverified: %s', (text) => {
    const asked = texts(text).join(' ');
    expect(asked).toContain('[unverified]');
    expect(asked).not.toContain('[pending]');
  });

  it('control: an unnamed source for a claim with no decision due stays unverified', () => {
    const cues = findCues('The builder is owed more than $4 million, an authority official said.');
    expect(cues[0]?.kind).toBe('unverified');
  });
});

describe('a plan named beside a past act is no pending event', () => {
  it('drops the plan in a participle clause after a main clause', () => {
    expect(
      pending('Dozens of stallholders on Tuesday staged a march outside the town hall, opposing a plan to move them.'),
    ).toBe(false);
  });

  it('controls: a saying participle, a prepositional one, an inquiry and a plan the clause is about still count', () => {
    expect(pending('The mayor declined to name the cause, citing the ongoing investigation into the collapse.')).toBe(
      true,
    );
    expect(pending('The firm issued a statement, saying it plans to appeal the ruling.')).toBe(true);
    expect(pending('The council announced cuts on Monday, including a plan to close two libraries.')).toBe(true);
    expect(pending('The council plans to move the stallholders next month.')).toBe(true);
  });

  it('controls: a participle that adopts, backs or threatens the plan names it as still to come', () => {
    expect(pending('The parish council met on Monday, approving a plan to shut the ferry slipway by June.')).toBe(true);
    expect(pending('The bus company met drivers on Friday, backing a plan to lift fares by 5% from May.')).toBe(true);
    expect(pending('Porters stopped work on Monday, threatening a plan to walk out for a week in July.')).toBe(true);
  });

  it('drops the plan after another participle of opposing it', () => {
    expect(pending('Fishermen blocked the harbour mouth on Friday, condemning a plan to close the fish market.')).toBe(
      false,
    );
  });
});

describe('one decision dated twice is one question', () => {
  it('tells the same whether-choice from another', () => {
    expect(
      sameDecision(
        'Will the inspectorate decide next week whether to open a full inquiry into Tarnby Ferries?',
        'Pending: “A decision on whether to open the inquiry is expected by Friday, a source said.”',
      ),
    ).toBe(true);
    expect(
      sameDecision(
        'Will the inspectorate decide next week whether to open a full inquiry into Tarnby Ferries?',
        'Pending: “A decision on whether to fine the operator is expected by Friday.”',
      ),
    ).toBe(false);
    // A subject's clause keeps its verb: two outcomes of one project are two choices.
    expect(
      sameDecision(
        'Will the minister decide whether the project will go ahead?',
        'Will the minister decide whether the project will be scaled back?',
      ),
    ).toBe(false);
  });

  it('control: two deciders weighing one choice are two decisions', () => {
    expect(
      sameDecision(
        'Will the harbour board decide next week whether to open an inquiry? (a spokesman)',
        'Pending: “Separately, police are expected to decide by Friday whether to open an inquiry into the ferry fares.”',
      ),
    ).toBe(false);
    // The decider named only on the fuller side: the undated, unnamed choice is the one within it.
    expect(
      sameDecision(
        'Pending: “A decision on whether to open an inquiry into the ferry fares is expected by Friday.”',
        'Will the harbour board decide next week whether to open an inquiry?',
      ),
    ).toBe(false);
    expect(
      sameDecision(
        'Will the harbour board decide next week whether to open an inquiry into the ferry fares?',
        'Pending: “The board’s decision on whether to open the inquiry is expected by Friday.”',
      ),
    ).toBe(true);
  });

  it('asks the decision once, citing both lines', () => {
    const found = questions(
      'The inspectorate is expected to decide next week whether to open a full inquiry into Tarnby Ferries.',
      'A decision on whether to open the inquiry is expected by Friday, according to a source at the inspectorate.',
    );
    const asked = found.filter((q) => /whether to open/.test(q.text));
    expect(asked).toHaveLength(1);
    expect(asked[0]!.sentenceIds.length).toBeGreaterThanOrEqual(2);
  });
});

describe('"is yet to" leaves a response open', () => {
  it('asks when it will come', () => {
    expect(texts('Port chairman Sir Neville Arden is yet to respond to the letter.').join(' ')).toContain(
      'When will port chairman Sir Neville Arden respond to the letter?',
    );
  });
});

describe('a dated event is pending only when something comes of it', () => {
  it.each([
    'The club reached the semi-finals, with the final scheduled for Saturday.',
    'The parade is set for next Sunday.',
    // A long subject whose complements name a vote: the event itself is still a parade.
    'The parade by the marching bands of the county on the eve of the harbour vote is set for Sunday.',
  ])('routine: %s', (text) => expect(pending(text)).toBe(false));

  it.each([
    'The appeal hearing is scheduled for Friday.',
    'The state primaries are set for Aug. 30.',
    "The magistrate's verdict on the harbour dispute is set for Monday.",
    'The trial ended on Monday, with sentencing scheduled for next month.',
    'A ballot of all the members of the ferry workers’ union on the new pay offer is set for Thursday.',
  ])('with an outcome: %s', (text) => expect(pending(text)).toBe(true));
});
