import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { denial } from '../../src/core/denial-question';
import { passageItem } from '../../src/core/passage-item';
import { vagueSource } from '../../src/core/phrase-question';
import { cutClause, reportedClause } from '../../src/core/question-clauses';

/**
 * Audit 53's open-question findings B-a53-6 (a passive ", is said to have …" read as a speech tag, leaving "Can a named
 * source confirm that the studio's president of production, Gideon Farrow?") and B-a53-7 ("rejected the allegations as
 * "baseless …"" asked as "Is there evidence that as "baseless …", …?"), and sample 50's #5 (a cut between "not only"
 * and its "but"). Copy written for the test, in a port authority story; each case failed on `int-s52`.
 */
const names = new Set(['Dana', 'Whitlow', 'Tomas', 'Reyes', 'Northgate']);
const ask = (text: string) => vagueSource({ text, actor: null, mainActor: null, properWords: names });
const questions = (...sentences: string[]): string[] =>
  analyzeArticle(['Port tender halted', '', ...sentences.flatMap((s) => [s, ''])].join('\n')).questions.map(
    (q) => q.text,
  );
const LEAD =
  'The port authority has halted the tender for its new container quay, according to people familiar with it.';

describe('B-a53-6: "be said to" is hearsay about the subject, no speech tag', () => {
  const passive =
    "The port authority's head of operations, Dana Whitlow, is said to have blocked the tender after reading the auditors' draft in March.";
  it('the article asks the whole claim, never the noun phrase before the passive', () => {
    const asked = questions(LEAD, passive);
    expect(asked.some((q) => /Dana Whitlow\?$/.test(q))).toBe(false);
    expect(asked).toContain(
      "Can a named source confirm that the port authority's head of operations, Dana Whitlow, has blocked the tender after reading the auditors' draft in March?",
    );
  });
  it('no cut ends at the passive, nor does a lead strip it as a sayer', () => {
    expect(
      cutClause("The port authority's head of operations, Dana Whitlow, was said to have blocked the tender"),
    ).toBe("The port authority's head of operations, Dana Whitlow, was said to have blocked the tender");
    expect(reportedClause('Dana Whitlow is said to have blocked the tender after reading the draft in March.')).toBe(
      'Dana Whitlow is said to have blocked the tender after reading the draft in March',
    );
  });
  it('"according to sources" after the passive: the claim keeps its verb', () => {
    expect(
      ask(
        "The port authority's head of operations, Dana Whitlow, was said to have blocked the tender, according to sources.",
      ),
    ).toBe(
      "Which sources say the port authority's head of operations, Dana Whitlow, has blocked the tender, and can they be named?",
    );
  });
  it('the hedge goes before the word budget is counted: a list of the claim stays whole', () => {
    expect(
      ask(
        'Some directors are said to be urging the chair to pause the tender, publish the draft in full and consult the unions again, which the chair has so far refused.',
      ),
    ).toBe(
      'Can a named source confirm that some directors are urging the chair to pause the tender, publish the draft in full and consult the unions again?',
    );
  });
  it('a claim that is a noun and its apposition shows the passage', () => {
    expect(ask("Critics say the port authority's new head, Dana Whitlow, a former naval officer.")).toBeNull();
  });
  it.each([
    // An active tag after the clause still ends it.
    [
      'The port authority blocked the tender in March, a spokesman said.',
      'The port authority blocked the tender in March',
    ],
    // A leading sayer is still stripped.
    [
      'Dana Whitlow said the port would reopen the tender after reading the draft.',
      'the port would reopen the tender after reading the draft',
    ],
  ])('control: %s', (text, clause) => {
    expect(reportedClause(text)).toBe(clause);
  });
  it('control: the same claim with its verb is asked', () => {
    expect(ask("Critics say the port authority's new head, Dana Whitlow, is a former naval officer.")).toBe(
      "Which critics say the port authority's new head, Dana Whitlow, is a former naval officer, and can they be named?",
    );
  });
});

describe('B-a53-7: "rejected the allegations as …" characterises the charge, it is no claim', () => {
  const deny = (text: string, pairText?: string) =>
    denial({ text, pairText, actor: 'Tomas Reyes', mainActor: null, properWords: names });
  it.each([
    'Speaking to reporters, Mr Reyes rejected the allegations as "baseless and politically motivated".',
    'Mr Reyes denied the report as false and malicious.',
  ])('%s', (text) => {
    expect(deny(text)).toBe('What exactly does Mr Reyes deny, and what evidence is there either way?');
  });
  it('the allegation an earlier sentence reports is asked instead', () => {
    expect(
      deny(
        'Mr Reyes rejected the allegations as "baseless".',
        'Opposition councillors made allegations that Mr Reyes took payments from the dredging firm.',
      ),
    ).toBe("Is there evidence that Mr Reyes took payments from the dredging firm, despite Mr Reyes' denial?");
  });
  it.each([
    [
      'Mr Reyes rejected the allegations, calling them "baseless".',
      'What exactly does Mr Reyes deny, and what evidence is there either way?',
    ],
    // "as" after a verb of the denied clause is the clause's own.
    [
      'Mr Reyes denied that the board had acted as a broker for the dredging firm.',
      'Is there evidence that the board had acted as a broker for the dredging firm, which Mr Reyes denies?',
    ],
  ])('control: %s', (text, question) => {
    expect(deny(text)).toBe(question);
  });
});

describe('sample 50\'s #5: a passage cut never falls between "not only" and its "but"', () => {
  const sentence = (pair: string) =>
    `The harbour board will probably find little support for the plan that its chair has said she would put to members before the spring vote, which is to ask the dozens of local councillors - elected members and their appointed deputies - who have already backed the Northgate bid ${pair} to overturn the ruling of the planning inspectorate and the results of the public consultation.`;
  const shown = (text: string) => passageItem('pending', text, null, text.indexOf('would put'));
  it('the cut goes before the pair', () => {
    expect(shown(sentence('not only to change their votes, but also'))).toBe(
      'Pending: “The harbour board will probably find little support for the plan that its chair has said she would put to members before the spring vote …”',
    );
  });
  it('control: with no pair the comma still ends the passage', () => {
    // Past the cap by more than a clause's tail (CAP_TAIL), so the passage is cut, not shown whole.
    const longer = sentence('to change their votes, and then').replace(
      /\.$/,
      ', and the advice of the county engineers who surveyed the estuary for the board last year.',
    );
    expect(shown(longer)).toMatch(/backed the Northgate bid to change their votes …”$/);
  });
});
