import { describe, expect, it } from 'vitest';
import { denial } from '../../src/core/denial-question';
import { investigation } from '../../src/core/investigation-question';
import type { PhraseContext } from '../../src/core/phrase-question';
import { willQuestion } from '../../src/core/will-question';

/**
 * The ungrammatical shapes session 26's review found on copy it wrote (docs/hand-read-questions.md, "What session 26
 * fixed of the review's classes (gram25)"), each in copy written for the test: a reporting frame spliced into the
 * inquiry question ("the inquiries by Police said they into the audit", B-main-12) and a pronoun asked before the
 * name it stands for ("that it removed …, which Riverside General Hospital denies?", B-main-7).
 */

function context(text: string, extra: Partial<PhraseContext> = {}): PhraseContext {
  return { text, actor: null, mainActor: null, properWords: new Set(), ...extra };
}

describe('the inquiry question never keeps a reporting frame in the inquirer (B-main-12)', () => {
  it.each([
    ['Police said they were reviewing the audit.', 'the inquiries by police into the audit'],
    [
      'Prosecutors said they were examining further complaints from anglers.',
      'the inquiries by prosecutors into further complaints from anglers',
    ],
    [
      'The harbour board told reporters it was reviewing the dredging contract.',
      'the inquiries by the harbour board into the dredging contract',
    ],
    ['Officials said that they are investigating the fire at the depot.', 'the inquiries by officials into the fire'],
  ])('"%s" names the one who reports as the inquirer', (text, inquiry) => {
    const question = investigation(context(text));
    expect(question).toContain(inquiry);
    expect(question).not.toMatch(/\b(?:said|told)\b/);
  });

  it.each([
    // Someone else's inquiry, reported: no inquirer can be read off the frame.
    'The mayor said police were reviewing the audit.',
    // Words between the verb and the pronoun that are no hearer: the frame cannot be read.
    'The company said in a statement it is investigating a breach of its servers.',
    // An aside before the reporting verb.
    'The regulator, which said it was reviewing the merger, declined to comment.',
  ])('"%s" gives no inquiry question rather than splice the frame', (text) => {
    expect(investigation(context(text))).toBeNull();
  });

  it.each([
    ['Police are reviewing the audit.', 'the inquiries by police into the audit'],
    ['The regulator is examining the merger of the two banks.', 'the inquiries by the regulator into the merger'],
    [
      'Investigators from the safety board have been probing the cause of the crash.',
      'the inquiries by investigators from the safety board into the cause of the crash',
    ],
  ])('control: "%s" keeps its inquiry question', (text, inquiry) => {
    expect(investigation(context(text))).toContain(inquiry);
  });
});

describe('a denial question never asks a pronoun before the name it stands for (B-main-7)', () => {
  const sewage = 'Northgate Water has denied claims that it dumped untreated sewage into the river to save money.';

  it('puts the denier in the claim and the copy’s pronoun in the tail', () => {
    const question = denial(context(sewage, { actor: 'Northgate Water', actorIsPerson: false }));
    expect(question).toMatch(/^Is there evidence that Northgate Water dumped untreated sewage .*, which it denies\?$/);
  });

  it('a plural denier and "they": the name in the claim, "which they deny"', () => {
    const question = denial(
      context('The two airlines deny that they fixed fuel surcharges on transatlantic flights for years.'),
    );
    expect(question).toMatch(/^Is there evidence that the two airlines fixed fuel surcharges .*, which they deny\?$/);
  });

  it('shows the passage when no name can stand for the pronoun (the denier read as a person)', () => {
    // The name finder may lend the sentence a person ("Hospital" read as one): "it" is then never replaced.
    const question = denial(context(sewage, { actor: 'Water', actorIsPerson: true }));
    expect(question).toBeNull();
  });

  it.each([
    [
      'The minister denied claims that Moscow sought to influence the vote in the region.',
      /^Is there evidence that Moscow sought to influence the vote .*, which the minister denies\?$/,
    ],
  ])('control: "%s" keeps its question', (text, shape) => {
    expect(denial(context(text, { properWords: new Set(['Moscow']) }))).toMatch(shape);
  });

  it('never puts a single denier where "they" stood: the pronoun speaks of others', () => {
    // Before: "Is there evidence that Vladimir Putin were on active duty …, despite Vladimir Putin's denial?"
    const text = 'Vladimir Putin denied that they were on active duty with the regular army in the east.';
    const question = denial(context(text, { properWords: new Set(['Vladimir', 'Putin']) }));
    expect(question).toMatch(/^Is there evidence that they were on active duty .*, which Vladimir Putin denies\?$/);
  });
});

describe('the tail pronoun moves only when no other name stands between it and the denier (B-gram25-1)', () => {
  const people = new Set(['Mark', 'Doyle', 'Peter', 'Lang', 'Trade']);

  it('names the denier in the tail when another person is named after them', () => {
    // Flynn's shape: "…his talks with Russian Ambassador to the US Sergei Kislyak, which he denies?" read as the
    // ambassador's denial.
    const text = 'Mark Doyle denied that he misled the council about his talks with Trade Envoy Peter Lang.';
    const question = denial(context(text, { actor: 'Mark Doyle', actorIsPerson: true, properWords: people }));
    expect(question).toMatch(
      /^Is there evidence that Mark Doyle misled the council .*Peter Lang, despite Mark Doyle's denial\?$/,
    );
    expect(question).not.toMatch(/which he denies/);
  });

  it('"they" after a plural name: the deniers are named in the tail', () => {
    const text = 'The two airlines deny that they fixed fuel surcharges with the Teamsters for years.';
    const question = denial(context(text, { properWords: new Set(['Teamsters']) }));
    expect(question).toMatch(/despite the two airlines' denial\?$/);
  });

  it('control: no name after the denier, the pronoun goes to the tail', () => {
    const text = 'Mark Doyle denied that he misled the council about the cost of the bridge.';
    const question = denial(context(text, { actor: 'Mark Doyle', actorIsPerson: true, properWords: people }));
    expect(question).toMatch(
      /^Is there evidence that Mark Doyle misled the council about the cost .*, which he denies\?$/,
    );
  });
});

describe('an inquirer holding a finite verb of its own is a clause, not a name (B-gram25-2)', () => {
  it('gives no inquiry question rather than "the inquiries by the mayor has fired …"', () => {
    const text = 'The mayor has fired the city treasurer and is investigating whether to punish other staff.';
    expect(investigation(context(text))).toBeNull();
  });
});

describe('"Will …?" ends before a second predicate with its own finite verb (B-sample22-5)', () => {
  const names = new Set(['Ruth', 'Okafor', 'Dana', 'Kell']);

  it.each([
    [
      'Ruth Okafor plans to vote in the county primary but is undecided.',
      'Will Ruth Okafor vote in the county primary?',
    ],
    [
      'Dana Kell is scheduled to give a short speech there, but is not expected to meet the bishop.',
      'Will Dana Kell give a short speech there?',
    ],
  ])('"%s"', (text, question) => {
    expect(willQuestion(text, names)).toBe(question);
  });

  it('control: a "but" with no verb of its own stays in the verb phrase', () => {
    const text = 'Dana Kell is scheduled to give a short speech there but only briefly.';
    expect(willQuestion(text, names)).toBe('Will Dana Kell give a short speech there but only briefly?');
  });
});
