import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { withoutClockTime } from '../../src/core/copy-furniture';
import { modalClause } from '../../src/core/modal-clause';
import { isCleanQuestion } from '../../src/core/vet-question';
import { questionsOf } from '../support/questions-of';

/**
 * The shapes hand-read sample 14 found (docs/hand-read-questions.md, "Classes sample 14 shows", engine 31) and
 * the review findings of session 14, each in copy written for the test, two sentences of the shape or more:
 * grammatical by construction, or the flagged passage with its kind.
 */

describe('a noun’s whether-clause is no withheld unknown (#21)', () => {
  it.each([
    'And the mayor has shown a patience she did not reveal in 2019, when she ran as a fighter, seeking to calm any doubts about whether she was tough enough for the port.',
    'And the chairman has shown a humility he did not reveal in 2012, when he fought the strike, seeking to end any doubts about whether he was fit to lead the board.',
  ])('no "Is it the case that …, and will … say?" of %s', (sentence) => {
    const asked = questionsOf('The depot vote is next week.', sentence);
    expect(asked.join(' ')).not.toMatch(/Is it the case that|and will .* say\?/);
  });

  it.each([
    // The will-question is the clause asked plainly (audit 55's B-a55-3); the frame keeps its tail.
    [
      'Councillor Jo Banks declined to say whether the depot would close in the spring.',
      /^Will the depot close in the spring\?/,
    ],
    [
      "Councillor Jo Banks hasn't said whether she has a plan for the depot.",
      /she has a plan for the depot, and will .*say\?$/,
    ],
  ])('still asks what the refuser holds back when the whether-clause is the verb’s own: %s', (sentence, asks) => {
    expect(questionsOf(sentence).some((q) => asks.test(q))).toBe(true);
  });

  it('the vetting refuses a "will … say" wrapped around a finite verb, and quote marks closed before opened', () => {
    const copy =
      'She has shown a patience she did not reveal, easing doubts about whether she was tough enough. “He never said so,” the letter says.';
    expect(
      isCleanQuestion('Is it the case that she was tough enough, and will she has shown a patience she say?', copy),
    ).toBe(false);
    expect(isCleanQuestion('Is it the case that he never said so,” the letter says, and will “Jo say?', copy)).toBe(
      false,
    );
    expect(
      isCleanQuestion('Is it the case that she was tough enough, and will the mayor say?', `${copy} the mayor`),
    ).toBe(true);
  });
});

describe('"there is no evidence that …" is nobody’s claim but its speaker’s (#29)', () => {
  it.each([
    'Whatever the rumours, there is no evidence that Harbour Holdings funded the campaign against the depot.',
    'There was no evidence whatsoever that the Marsh Trust ever owned land near the pier.',
  ])('names no organisation of the clause as claimant: %s', (sentence) => {
    const asked = questionsOf('The depot vote is next week.', sentence);
    expect(asked.join(' ')).not.toMatch(/(?:Holdings|Trust)['’]s? claim/);
  });

  it('the vetting refuses a full stop kept inside the question after an acronym or a figure', () => {
    const copy = 'There is no evidence of any link to NATO. Officials met in 2016. They left.';
    expect(isCleanQuestion('What is the claim of no evidence of any link to NATO. based on?', copy)).toBe(false);
    expect(isCleanQuestion('Did officials meet in 2016. and leave?', copy)).toBe(false);
    expect(isCleanQuestion('Was there any link to NATO in 2016?', copy)).toBe(true);
  });
});

describe('a charge’s speaker is the one who said it (#37 and the review’s spokesman)', () => {
  it.each([
    '“The council has betrayed every family on this street,” explained Leeds-based solicitor Amira Khan.',
    '“The port has lied to the town for a decade,” explained Ohio-born campaigner Dale Ruiz.',
  ])('no adjective of the tag as a name: %s', (sentence) => {
    const asked = questionsOf('The depot vote is next week.', sentence);
    expect(asked.join(' ')).not.toMatch(/-(?:based|born)['’]s? charge|says [A-Z][\w ]*-(?:based|born)/);
  });

  it.each([
    [
      'A spokesman for the port rejected the motion tabled by Councillor Diane Parry.',
      '“This is a cynical stunt, and Diane Parry knows it.”',
    ],
    [
      'A spokesman for the port rejected the motion.',
      '“A cynical stunt timed for the vote,” he said of Councillor Diane Parry’s motion.',
    ],
  ])('a charge about a named person is not put as that person’s: %s %s', (before, sentence) => {
    const asked = questionsOf(before, sentence);
    expect(asked.join(' ')).not.toMatch(/Parry['’]s charge/);
    expect(asked.some((q) => q.startsWith('Disputed: “‘'))).toBe(true);
  });

  it('the engine’s attribution still makes the charge', () => {
    const asked = questionsOf(
      'Councillor Diane Parry tabled the depot motion on Monday.',
      '“This is a cynical stunt and a betrayal of the town,” a spokesman for the port said of Parry’s motion.',
    );
    expect(asked.some((q) => /a spokesman for the port's charge that this is a cynical stunt/.test(q))).toBe(true);
  });
});

describe('a pronoun subject never stands for a name in its own clause (#18)', () => {
  it.each([
    ['Liz Porter beat Tom Grant in the primary.', 'She will now face Democrat Ryan Holt in November.'],
    ['Mayor Tom Reyes beat Dan Webb on Tuesday.', 'He will now challenge council leader Sam Ortiz in May.'],
  ])('no question makes the object its own subject: %s %s', (before, sentence) => {
    const asked = questionsOf(before, sentence);
    expect(asked.join(' ')).not.toMatch(/Will (?:Ryan Holt|Sam Ortiz) (?:face|challenge)/);
    expect(asked.some((q) => q.startsWith(`Pending: “${sentence.slice(0, 20)}`))).toBe(true);
  });

  it('the pronoun still stands for the one person the sentence before names', () => {
    const asked = questionsOf(
      'Liz Porter won the primary on Tuesday.',
      'She will now face Democrat Ryan Holt in November.',
    );
    expect(asked.some((q) => q.startsWith('Will Liz Porter face Democrat Ryan Holt'))).toBe(true);
  });
});

describe('review findings: a verbless subject, a live-blog time, a document as “anyone”', () => {
  it('a verb phrase never opens on a preposition, and a named subject’s own clause after ", and" is a splice', () => {
    expect(modalClause('A hearing is set for January 9, and Webb is expected to attend')?.subject).not.toBe(
      'A hearing',
    );
    expect(modalClause('The vote is scheduled for March, and the mayor is likely to lose')?.subject).not.toBe(
      'The vote',
    );
    const copy = 'A hearing is set for January 9, and Webb is expected to attend. The vote is due in May.';
    expect(isCleanQuestion('Will a hearing for January 9, and Webb is expected to attend?', copy)).toBe(false);
    expect(isCleanQuestion('Will the vote, and Webb has promised to attend?', copy)).toBe(false);
  });

  it.each([
    ['09:15 More than 40 ferries were cancelled, according to a port spokesman.', '09:15'],
    ['6:05 p.m. Harbour officials said the pier would reopen on Friday.', '6:05'],
  ])('a leading clock time is page furniture: %s', (sentence, time) => {
    expect(withoutClockTime(sentence).startsWith(time)).toBe(false);
    expect(questionsOf('The depot vote is next week.', sentence).join(' ')).not.toContain(time);
    // A figure that opens a sentence is the copy's: "9.15 million", "10:1 odds" stay.
    expect(withoutClockTime('9.15 million people voted.')).toBe('9.15 million people voted.');
  });

  it.each([
    'The depot would cost the town £40m more than planned, according to a new study by Marsh University.',
    'Most residents oppose the depot, according to a recent poll of 900 voters.',
    'The port paid the consultants £2m in 2019, according to public filings.',
  ])('a study, a poll or a filing is no "anyone besides": %s', (sentence) => {
    const asked = questionsOf('The depot vote is next week.', sentence);
    expect(asked.join(' ')).not.toMatch(/Can anyone besides/);
  });

  it('a person still is', () => {
    const asked = questionsOf(
      'The depot would cost the town £40m more than planned, according to a senior council official.',
    );
    expect(asked.some((q) => q.startsWith('Can anyone besides a senior council official confirm'))).toBe(true);
  });
});

describe('a passage’s unnamed source when a named person is on record next (#36)', () => {
  /** The questions of a story whose paragraphs are given whole (sentences in one paragraph stay together). */
  const itemsOf = (...paragraphs: string[]): string[] =>
    analyzeArticle(['Depot plan splits the town', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')).questions.map(
      (q) => q.text,
    );

  it.each([
    "The mayor, analysts said, has other reasons for backing the depot. ''The depot keeps the unions on side,'' said Ms. Rhodes, a former council adviser.",
    "The port, officials said, has quietly dropped its objections to the plan. ''They stopped fighting it in March,'' Dan Walsh said.",
  ])('says no "unnamed source" when the same paragraph then names one, even in \'\' marks: %s', (paragraph) => {
    const items = itemsOf('The depot vote is next week.', paragraph);
    expect(items.length).toBeGreaterThan(0);
    expect(items.join(' ')).not.toContain('says an unnamed source');
    // Since session 28 '' marks are read as quotes (double-apostrophe-marks.ts): the copy in " marks reads alike.
    expect(itemsOf('The depot vote is next week.', paragraph.replaceAll("''", '"'))).toEqual(items);
  });

  it('still does when the named person speaks in another paragraph, often on another matter', () => {
    const items = itemsOf(
      'The depot vote is next week.',
      'The port, officials said, has quietly dropped its objections to the plan.',
      "''They stopped fighting it in March,'' Dan Walsh said.",
    );
    // The unnamed source is still raised: asked for by name, or shown in the passage (since session 28, which reads
    // the '' quotation as a quote, the latter, as the same copy in " marks gives). The passage names its unnamed
    // source itself ("officials said"), so no ", says an unnamed source" follows it (audit 52's B-a52-16).
    expect(items.some((q) => q.startsWith('Which officials say') || /^\w+: “[^”]*officials said[^”]*”$/.test(q))).toBe(
      true,
    );
  });
});
