import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { passageItem } from '../../src/core/passage-item';
import { pastCap } from './past-cap';

/**
 * The shapes hand-read sample 40 found (docs/hand-read-questions.md, "Sample 40", engine 64), each in copy written for
 * the test, with a near control that must not change. Each case failed on main's head `f67066c1`.
 */

/** A sentence of `n` words: a harbour board's plan, padded with a list of jetties, ending on `tail`. */
function sentenceOf(n: number, tail: string): string {
  const head =
    'On Tuesday night the harbour master told the board that she and the ferry operator had spoken twice that day but that nothing could change her decision to close the north jetty';
  const pad = 'and the east slip and the old quay'.split(' ');
  const words = head.split(' ');
  const tailWords = tail.split(' ');
  for (let i = 0; words.length + tailWords.length < n; i++) words.push(pad[i % pad.length]!);
  return `${[...words, ...tailWords].join(' ')}.`;
}

describe('a passage that ends a word or two past its 40-word budget is shown whole (#8)', () => {
  it.each([41, 42])('%i words: whole, with the name at its end', (n) => {
    const sentence = sentenceOf(n, 'used by Selkirk Ferries');
    expect(sentence.split(' ')).toHaveLength(n);
    // Was cut at 40 words ("… used …" or earlier), dropping who uses the jetty.
    expect(passageItem('pending', sentence, null)).toBe(`Pending: “${sentence}”`);
  });

  // Session 48 (sample45): a bare cut that would drop a name or number within ten words of the end now shows the
  // sentence whole (sample45-shapes.test.ts), so the controls are a tail of common words and a sentence past that.
  it('control: a sentence three words past the budget ending on common words is still cut', () => {
    const item = passageItem('pending', pastCap(sentenceOf(43, 'used by the ferries')), null);
    expect(item).toMatch(/ …”$/);
    expect(item).not.toContain('the ferries');
  });

  // Session 49 (cut49): a cut that would drop a name or number now shows the sentence whole up to the hard cap of 60
  // words (cut-names-numbers.test.ts); past it the sentence is still cut.
  it('control: a sentence past the hard cap and a clause beyond it is still cut, name or not', () => {
    // Session 54 (sample52): up to ten words past the cap a sentence whose cut drops a name is shown whole.
    const item = passageItem('pending', sentenceOf(74, 'used by Selkirk Ferries'), null);
    expect(item).toMatch(/ …”$/);
    expect(item).not.toContain('Selkirk Ferries');
  });
});

describe('a state abbreviation ending a place ends the sentence before a name or an opener (sample 39 #12, left over)', () => {
  const sentencesOf = (body: string): string[] =>
    analyzeArticle(`Harbour news in brief\n\n${body}`).sentences.map((s) => s.text);

  it.each([
    [
      'The talks were held on Sunday at the ferry company’s offices in Trenton, N.J. Walter Brinsley, the former chairman of the harbour trust, also met the board that day.',
      'Walter Brinsley, the former chairman of the harbour trust, also met the board that day.',
    ],
    [
      'The two ferries were built at a yard in Tacoma, Wash. The harbour trust paid for both out of its reserves.',
      'The harbour trust paid for both out of its reserves.',
    ],
  ])('"%s"', (body, second) => {
    expect(sentencesOf(body)).toContain(second);
  });

  it.each([
    'The board met city planners from Washington, D.C. officials said the meeting went well.',
    'The board met the mayor of Washington, D.C. Mayor Joan Ferris said the meeting went well.',
    'The board wrote to U.S. Sen. Ron Walden about the ferry contract on Tuesday.',
    'The talks were held in Trenton, N.J., on Sunday, and Walter Brinsley also met the board.',
  ])('control: one sentence, "%s"', (body) => {
    expect(sentencesOf(body)).toEqual([body]);
  });
});

describe('"insisted on" is a demand, not a reply: no dispute is set up on it (#25)', () => {
  const questionsOf = (second: string): string[] =>
    analyzeArticle(
      `Harbour board split over sea wall\n\nThe harbour board met on Tuesday evening in the town hall. Ellen Marsh said the port authority would pay for the new sea wall along the harbour front. ${second}`,
    ).questions.map((q) => q.text);

  it('"has insisted on building …"', () => {
    // Was "Who is right, Ellen Marsh (…) or Tom Reed (“the sea wall along the harbour front before the port authority pays for it”)?".
    const questions = questionsOf(
      'Tom Reed has insisted on building the sea wall along the harbour front before the port authority pays for it.',
    );
    expect(questions.filter((q) => q.startsWith('Who is right'))).toEqual([]);
  });

  it('control: "has insisted that …" still sets the two sides against each other', () => {
    expect(
      questionsOf(
        'Tom Reed has insisted that the port authority will never pay for the sea wall along the harbour front.',
      ),
    ).toContain(
      'Who is right, Ellen Marsh (“the port authority would pay for the new sea wall along the harbour front”) or Tom Reed (“the port authority will never pay for the sea wall along the harbour front”)?',
    );
  });
});

describe("a long passage loses its opening name's apposition before the claim (#4)", () => {
  const claim =
    'said in an interview on Wednesday that given the ferry’s popularity with both island residents and summer visitors, she was confident that the board would end up paying for whichever route wins the public consultation.';

  // Session 50 (sample48b): under the hard cap of 60 words the apposition, which says who she is, stays too.
  it('the claim is shown whole, and under the cap the apposition with it', () => {
    // Was cut at 40 words after "given the ferry’s popularity …", before what she was confident of.
    const sentence = `Martha Quayle, deputy director of the harbour board and head of the island council's office of transport planning and outreach, ${claim}`;
    expect(passageItem('unverified', sentence, null)).toBe(`Unverified: “${sentence}”`);
  });

  it.each([
    // A short sentence keeps its apposition: nothing needs the room.
    "Martha Quayle, the harbour board's deputy director, said the ferry would run all winter.",
    // An apposition with a comma inside is no single aside to take out.
    "Martha Quayle, deputy director of the harbour board since 2009, a post she took after a decade at the island council's transport office, said in an interview on Wednesday that the board was confident it would pay for the route.",
  ])('control: "%s" keeps its apposition', (sentence) => {
    expect(passageItem('unverified', sentence, null)).toContain(sentence.slice(0, 60));
  });
});
