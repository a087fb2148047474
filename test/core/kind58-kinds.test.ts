import { describe, expect, it } from 'vitest';
import { argumentKind } from '../../src/core/argument-kind';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';

/**
 * kind58 (issue 13, sample 39's kind misreads): a sentence with no cue is shown as pending when its words hold a
 * "pending" word (bill, court, yet, decided …); the label reads each word's use, so a name, a conjunction or a
 * decision already made opens no event; and a challenge word under a verb of avoidance or a negated auxiliary
 * ("refrained from criticisms of", "did not rebut") tells no challenge made. Copy written for the test, in US and
 * British house styles.
 */
const cueless = (text: string) => argumentKind('pending', undefined, text, '');

describe('a "pending" word that opens no event: the sentence is not shown as pending', () => {
  it.each([
    // A name: title case inside the sentence, or before another capitalised word.
    'Harbour chief Tom Reed is on firm ground attacking Bill Okafor, the treasurer said on Monday.',
    'Councillor Varga stressed ferry fares and Supreme Court appointments during a visit to the depot.',
    'Bill Okafor, who chaired the trust for a decade, says the harbour owes its revival to the fishermen.',
    // "Yet" joining clauses.
    'Yet the treasurer says the depot levy encourages saving and greater investment.',
    'The levy is unpopular, yet the mayor emphasised on Friday that the board was not attacking the union.',
    // A decision told as made.
    'The trust’s chair said the board had heard the objections but decided to proceed with the sale.',
    'Reed has often said he decided he would rather run the harbour himself than trust anyone else to do it.',
  ])('%s', (text) => {
    expect(cueless(text)).toBe('unverified');
  });

  it('takes the kind its other words give: not known when they say so', () => {
    expect(cueless('Bill Okafor declined to say whether the depot would reopen.')).toBe('unknown');
  });
});

describe('controls: an event still open stays pending', () => {
  it.each([
    'The bill faces a vote in the council next week.',
    'Mr Reed has not decided whether to stand again.',
    'Conway hasn’t yet decided what she will do after the count.',
    'The council has yet to publish the audit of the depot.',
    'Bill Okafor said the court would hear the appeal in May.',
    'The future of the ferry should be decided in Cardiff, the minister said.',
  ])('%s', (text) => {
    expect(cueless(text)).toBe('pending');
  });

  it('a cue keeps its own kind: only a sentence with no cue is read so', () => {
    expect(argumentKind('pending', 'schedule', 'Bill Okafor will open the depot on Tuesday.', '')).toBe('pending');
  });
});

const shapes = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.shape);

describe('a challenge held back or denied is not made', () => {
  it.each([
    'Ms Varga avoided direct criticism of Mayor Okafor until last week, when she called the depot plan rushed.',
    'The treasurer saw the budget through but refrained from criticisms of the board that would leave a lasting mark.',
    'The mayor’s answer did not rebut the auditor’s point that the depot had lost money for three years.',
    'Okafor so far hasn’t attacked all the firms he listed in his register that have moved jobs abroad.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('challenge');
  });
  it.each([
    'The union rejected the claim that the depot was losing money.',
    'The chairman condemned the union’s ballot and said talks were over.',
    'Councillors dismissed the auditor’s report as incomplete, and the mayor did not rebut them.',
  ])('control: %s keeps its challenge cue', (text) => {
    expect(shapes(text)).toContain('challenge');
  });
});

describe('a challenge in a condition the sentence opens on is supposed, not made', () => {
  it.each([
    'Should they continue to rebuff any candidate, there is also the possibility that the board might appoint Mr Reed himself.',
    '“If the trust wants to argue that the levy won’t touch its plans, that’s fine,” the treasurer said.',
    'Should the council reject the report, the minister could step in.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('challenge');
    expect(shapes(text)).not.toContain('contested');
  });
  it.each([
    'If anything, councillors dismissed the auditor’s report as incomplete.',
    'Councillors dismissed the auditor’s report as incomplete.',
  ])('control: %s keeps its challenge cue', (text) => {
    expect(shapes(text)).toContain('challenge');
  });
});
