import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { KIND_GATES } from '../../src/core/kind-gates';
import { pastParticiple } from '../../src/core/past-participle';
import { findCues } from '../../src/core/question-cues';

/**
 * fix43c (review 43, B-r43-2, -3, -10, -15): session 42's gates read their construction, not their examples. A
 * negated "say" whose object is "anything"/"a word" or nothing withholds a fact; a verb of asking governs an
 * infinitive only through a noun phrase; a subject that says (almost) no one disputes or denies grants the claim; a
 * compound of a base-form participle verb ("undercut") is a participle too. Copy written for the test.
 */
const shapes = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.shape);
const kinds = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.kind);

describe('a first-person "say" that withholds a fact keeps its refusal (B-r43-2)', () => {
  it.each([
    '“I wouldn’t say anything about the talks,” said the plant manager, Ruth Kane.',
    '“We have not said a word about job cuts,” a company spokesman said.',
    'Asked when a decision would come, the spokesman said: “We haven’t said yet.”',
    '“We didn’t say much about the depot, and we won’t,” Patel said.',
  ])('%s', (text) => {
    expect(shapes(text)).toContain('refusal');
  });
  it.each([
    '“He might be saying some things I wouldn’t say, but he means well,” Marsh said.',
    '“I did not say, you know what, if the council pays, I will back the depot,” she said.',
    '“We have not said the plant will close,” the spokesman said.',
    '“I did not say anything wrong,” Marsh said.',
  ])('control: %s is the speaker’s view of their words', (text) => {
    expect(shapes(text)).not.toContain('refusal');
  });
});

describe('a verb of asking governs the infinitive only through a noun phrase (B-r43-3)', () => {
  it.each([
    'Councillor Helen Marsh told reporters she had voted to reject the company’s rescue plan.',
    'The mayor told staff the board voted to reject the offer.',
  ])('%s', (text) => {
    expect(shapes(text)).toContain('challenge');
  });
  it.each([
    'The union asked the council to condemn the cuts.',
    'The union urged the harbour board’s members to reject the offer.',
    'Patel pleaded with residents of the valley to reject the bypass.',
    'The union urged those affected to reject the offer.',
  ])('control: %s is a request', (text) => {
    expect(shapes(text)).not.toContain('challenge');
  });
});

describe('a subject that says no one disputes or denies grants the claim (B-r43-10)', () => {
  it.each([
    'Few would deny that the harbour wall needs repairs, council leader Tom Reddy said.',
    'Hardly anyone would dispute that the ferry terminal is too small.',
    'Few people would dispute that the harbour needs repairs.',
    'No one disputes that the harbour needs repairs.',
    'Nobody denies that the pier is unsafe.',
    'No one can deny that turnout fell.',
  ])('%s', (text) => {
    expect(kinds(text)).not.toContain('disputed');
    expect(kinds(text)).not.toContain('denied');
  });
  it.each([
    ['Many would dispute that the harbour needs repairs.', 'disputed'],
    ['Almost anyone would dispute that the harbour needs repairs.', 'disputed'],
    ['The mayor denied that the pier was unsafe.', 'denied'],
  ])('control: %s keeps its cue', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
  it('"a few" is some, not few: "A few would dispute that …" keeps its dispute', () => {
    expect(kinds('A few would dispute that the harbour needs repairs.')).toContain('disputed');
  });
  it('a modal before "deny" keeps the bare verb in the question', () => {
    const asked = analyzeArticle(
      'Pier vote\n\nThe council met on Monday.\n\nMany would deny that the pier is safe, said Councillor Helen Marsh.',
    ).questions.map((q) => q.text);
    expect(asked.join(' ')).not.toMatch(/would denies/);
    expect(asked.join(' ')).toMatch(/which many would deny\?/);
  });
});

describe('a compound of a base-form participle verb is a participle (B-r43-15)', () => {
  it.each([
    'The operator may have undercut the rival bid this year.',
    'The council may have forecast a loss this year.',
    'The firm might have outbid its rival this year.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('future');
  });
  it.each(['undercut', 'forecast', 'broadcast', 'outbid', 'reset', 'offset', 'overrun'])('%s', (word) => {
    expect(pastParticiple(word)).toBe(true);
  });
  it.each(['welcome', 'profit', 'thread', 'accost', 'acquit'])('control: %s is no base-form participle', (word) => {
    expect(pastParticiple(word)).toBe(false);
  });
  it('control: "will have signed … by March" keeps its future cue', () => {
    expect(shapes('The council will have signed the contract by March.')).toContain('future');
  });
});
