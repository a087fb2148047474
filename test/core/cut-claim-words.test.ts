import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { passageItem } from '../../src/core/passage-item';

/**
 * Issue 13, session 50 (sample48b): no shown passage or question drops the claim's own verb or the words that say who
 * is meant. A passage up to the hard cap of 60 words is shown whole; a question cut to its word budget is shown as
 * its passage. Sample 47's #43 and #49 and the corpus's "…?" questions in shape, in copy written for the test; each
 * case fails on `a1e34a3e`, each control passes on both.
 */
const shown = (sentence: string, cue: string): string =>
  passageItem('unverified', sentence, null, sentence.indexOf(cue));

const asked = (claim: string): string[] =>
  analyzeArticle(`Harbour news.\n\n${claim}\n\nThe board met on Monday.`).questions.map((q) => q.text);

describe('a passage under the hard cap keeps the claim’s verb and who is meant', () => {
  it('an appositive before the claim’s verb: "created a barrier" stays (#43’s shape)', () => {
    const sentence =
      'Although the council is on course to approve most of the new berths, the harbour trust has suggested that early backing for the plan among the board’s members, the skippers and boat owners who sit on it by right and not by election, created a barrier no rival plan could pass.';
    expect(sentence.split(' ').length).toBeLessThanOrEqual(60);
    expect(shown(sentence, 'suggested')).toBe(`Unverified: “${sentence}”`);
  });

  it('a phrase after the comma names who will act: "by his deputy" stays (#49’s shape)', () => {
    const sentence =
      'The harbour master’s stock answer to every complaint about the levy on winter berths and the state of the old crane over the past few years is likely to be repeated, nearly word for word by his deputy when she goes before the board next spring to argue once again for the levy on the smaller boats.';
    expect(shown(sentence, 'likely')).toBe(`Unverified: “${sentence}”`);
  });

  it('control: a passage within the 40-word budget is shown whole on both', () => {
    const sentence =
      'The harbour trust has suggested that early backing for the plan among the board’s members created a barrier no rival plan could pass.';
    expect(shown(sentence, 'suggested')).toBe(`Unverified: “${sentence}”`);
  });
});

describe('a question cut to its word budget is shown as its passage', () => {
  it('"… shows the harbour…?" lost "is worried about losing the vote": the passage is shown', () => {
    const claim =
      "Some believe the high level of priority being placed on winning back the island's skippers in the coming weeks shows the harbour board is worried about losing the vote on the new levy.";
    const qs = asked(claim);
    expect(qs.some((q) => /…\?/.test(q))).toBe(false);
    expect(qs).toContain(`Unverified: “${claim}”`);
  });

  it('control: a claim short enough to phrase whole is still asked', () => {
    const qs = asked('Some believe the harbour board is worried about losing the vote on the new levy.');
    expect(qs.join(' ')).toMatch(/^Can a named source confirm that .*the new levy\?$/);
  });
});

describe('a charge that is a list of gerunds keeps the list and its object (#38’s shape)', () => {
  const LEAD = 'Harbour news.\n\nMayor Ann Bell runs the town.\n\n';
  const charged = (claim: string): string =>
    analyzeArticle(`${LEAD}${claim}\n\nThe board met on Monday.`)
      .questions.map((q) => q.text)
      .join(' ');

  it('"of covering up, delaying, and withholding facts about …" is not asked as "of covering up?"', () => {
    const q = charged(
      'Harbour residents have accused Mayor Ann Bell of covering up, delaying, and withholding facts about the collapse of the north pier wall last winter.',
    );
    expect(q).not.toMatch(/of covering up\?/);
    expect(q).toContain('withholding facts about the collapse of the north pier wall');
  });

  it('control: a single gerund with its object is asked as before', () => {
    expect(
      charged(
        'Harbour residents have accused Mayor Ann Bell of covering up the collapse of the north pier wall last winter.',
      ),
    ).toBe(
      'How does Mayor Ann Bell answer the accusation by harbour residents of covering up the collapse of the north pier wall last winter?',
    );
  });
});
