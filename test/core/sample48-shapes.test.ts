import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { accusation } from '../../src/core/charge-questions';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';

/**
 * Shapes hand-read sample 48 found (docs/hand-read-questions.md, "Sample 48", main's head `614d2513`), in copy
 * written for the test, with near controls that must not change. Each case failed on `614d2513`.
 */

const shapes = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.shape);

describe('a passive "dismissed as" a post held is the job lost: no challenge (#32)', () => {
  it.each([
    'Okafor was dismissed on Friday as the ferry company’s operations manager, even though the board had backed him.',
    'Ms Reyes was dismissed as chairman of the harbour trust, the trust said.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('challenge');
  });
  it.each([
    // An indefinite article classes the subject; a person after "by" is who judged, not the post.
    'Okafor was dismissed on Friday as a crank by the ferry company, even though the board had backed him.',
    'The complaint was dismissed as nonsense by the mayor.',
    'Her warning was dismissed as the ravings of a critic.',
    // A judgement a person noun names is no post (review 51, B-r51-4).
    'The slipway plan was dismissed as racist by a tenants’ group, which said it would hit families hardest.',
    'The new levy was dismissed as elitist by opposition councillors.',
  ])('control: %s keeps its challenge', (text) => {
    expect(shapes(text)).toContain('challenge');
  });
});

describe('an infinitive "to accuse" keeps its accuser (#50)', () => {
  const names = new Set(['Dana', 'Okoro', 'Ann', 'Bell']);
  const ask = (text: string) => accusation({ text, actor: null, mainActor: null, properWords: names });
  it('the named object of the verb before "to" accuses', () => {
    expect(
      ask('The reversal seemed so sudden that it prompted Dana Okoro to accuse the mayor of hypocrisy on air.'),
    ).toBe('How does the mayor answer the accusation by Dana Okoro of hypocrisy on air?');
  });
  it('a named subject before its own "went on to" accuses, and a verb phrase is nobody', () => {
    expect(ask('Ann Bell, who had voted for the depot, went on to accuse the council of hiding its costs.')).toBe(
      'How does the council answer the accusation by Ann Bell of hiding its costs?',
    );
  });
  it.each([
    [
      'Dana Okoro accused the mayor of hypocrisy on air.',
      'How does the mayor answer the accusation by Dana Okoro of hypocrisy on air?',
    ],
    [
      'The reversal prompted critics to accuse the mayor of hypocrisy.',
      'How does the mayor answer the accusation of hypocrisy?',
    ],
  ])('control: %s', (text, asked) => {
    expect(ask(text)).toBe(asked);
  });
});

describe('asking for a named source keeps whose the source is when a pronoun needs it (#15)', () => {
  const article = (claim: string) =>
    [
      'Mayor eyes a truce with the council.',
      'Mayor Tom Reid spent the spring feuding with the council over the depot sale.',
      'But one thing is different now: the mayor who picked fights with councillors wants to make peace.',
      claim,
      '"That can go a long way," said a senior aide.',
    ].join('\n\n');
  const asked = (claim: string) => analyzeArticle(article(claim)).questions.map((q) => q.text);
  it('"his ties …, the mayor\'s allies say, …" is shown as its passage, not asked with "his" pointing nowhere', () => {
    const claim =
      "And the first step to mending his ties with the council, the mayor's allies say, will be to back their budget in June.";
    expect(asked(claim)).toContain(`Unverified: “${claim}”`);
  });
  it.each([
    // A name before the pronoun is what it points at; a subject pronoun opening the claim is named from the actor.
    [
      "The mayor's advisers said the upside of backing Tom Reid in the ward elections would outweigh any baggage that he brings.",
      'Can a named source confirm that the upside of backing Tom Reid in the ward elections would outweigh any baggage that he brings?',
    ],
    [
      "The mayor's aides said he intended to spend nearly all his time in the harbour ward until the vote.",
      'Can a named source confirm that Tom Reid intended to spend nearly all his time in the harbour ward until the vote?',
    ],
  ])('control: %s', (claim, question) => {
    expect(asked(claim)).toContain(question);
  });
  it('control: the same source with no pronoun in the claim is still asked of a named source', () => {
    const claim =
      "And the first step to mending ties with the council, the mayor's allies say, will be to back the budget in June.";
    expect(asked(claim)).toContain(
      'Can a named source confirm that the first step to mending ties with the council will be to back the budget in June?',
    );
  });
});

describe('a plan whose clause names its time by a time noun is not asked "and when?" (sample 47\'s leftover)', () => {
  const asked = (claim: string) =>
    analyzeArticle(`Harbour news.\n\n${claim}\n\nThe board met on Monday.`).questions.map((q) => q.text);
  it.each([
    [
      'The harbour board plans to keep the north pier shut until the spring.',
      'Will the harbour board keep the north pier shut until the spring?',
    ],
    [
      'The harbour board plans to raise mooring fees by the end of the season.',
      'Will the harbour board raise mooring fees by the end of the season?',
    ],
    // A time noun after a modifying noun (fu54): "before the storm season ends" is a time.
    [
      'The harbour board plans to repair the breakwater before the storm season ends.',
      'Will the harbour board repair the breakwater before the storm season ends?',
    ],
  ])('%s', (claim, question) => {
    expect(asked(claim)).toContain(question);
  });
  it.each([
    // A time with no date, and an event, give no time: "when?" is still open.
    [
      'The harbour board plans to raise mooring fees in the future.',
      'Will the harbour board raise mooring fees in the future, and when?',
    ],
    [
      'The harbour board plans to raise mooring fees after the election.',
      'Will the harbour board raise mooring fees after the election, and when?',
    ],
    // A span of the day dates nothing (review 51, B-r51-5).
    [
      'The harbour board plans to open the north pier during the day for older anglers.',
      'Will the harbour board open the north pier during the day for older anglers, and when?',
    ],
  ])('control: %s', (claim, question) => {
    expect(asked(claim)).toContain(question);
  });
});

describe('a decision whose maker the sentence names is not asked "and who makes it?" (#8)', () => {
  const asked = (claim: string) =>
    analyzeArticle(`Harbour news.\n\n${claim}\n\nThe board met on Monday.`).questions.map((q) => q.text);
  it.each([
    [
      'Two councillors have called for an outside review of the figures before the Harbour Trust makes a final decision on the sale.',
      "What will the Harbour Trust's decision on the sale be?",
    ],
    [
      'Two councillors have called for an outside review of the figures before the trust makes a final decision on the sale.',
      "What will the trust's decision on the sale be?",
    ],
  ])('%s', (claim, question) => {
    expect(asked(claim)).toContain(question);
  });
  it('control: a decision with no maker named still asks who makes it', () => {
    expect(
      asked('Two councillors have called for an outside review of the figures before a final decision on the sale.'),
    ).toContain('What will the decision on the sale be, and who makes it?');
  });
});
