import { describe, expect, it } from 'vitest';
import { argumentKind } from '../../src/core/argument-kind';
import { findCues } from '../../src/core/question-cues';

/**
 * kind59 (issue 13, sample 40's kind misreads and kind58's leftovers): a sentence with no cue is shown as pending when
 * one of its "pending" words (vote, ruling, decision, proposal, appeal …) names an event still open; the label reads
 * the word's grammar, so a modifier, a possessive's holding, a counterfactual, a condition or a standing right opens
 * none. And the future family's "will" is the modal, not the noun ("terminable at will"). Copy written for the test.
 */
const cueless = (text: string) => argumentKind('pending', undefined, text, '');
const shapes = (text: string) => findCues(text).map((c) => c.shape);

describe('a "pending" word that names no open event: the cue-less sentence is not shown as pending', () => {
  it.each([
    // An -ing form or an adjective modifying the noun its phrase heads.
    'Varga said the timing of the levy seems careless, considering the ruling coalition in the valley is split.',
    'Where, in some towns, councillors had also imposed new voting restrictions in recent years.',
    'The harbour master has insisted that his negotiating position will be strongest in the spring.',
    'Reporters from the Gazette’s investigative unit walked the quay at dawn.',
    // What a possessive holds: a platform, a decision taken, an attraction.
    'Okafor argued the treasurer’s proposal to sell the depot would ruin the harbour.',
    'The chair said the candidate’s appeal would reach far beyond the fishing towns.',
    'Reed told the crowd that nothing could change his decision to boycott the regatta.',
    'In the past, the treasurer has said her proposed levy might be two per cent.',
    // A counterfactual, a condition, a standing right.
    'Reed has disputed both charges, but says that in hindsight he would have made a different decision.',
    'The mayor was criticised for warning the islanders of higher fares should they dare to vote for the merger.',
    'The union says the new rules take from seasonal crews the right to vote in the harbour towns.',
  ])('%s', (text) => {
    expect(cueless(text)).toBe('unverified');
  });
});

describe('controls: the same words naming an event still open stay pending', () => {
  it.each([
    'The ruling on the depot lease is due from the harbour board.',
    'Voting begins at the depot on Tuesday.',
    'The council is negotiating terms with the ferry company.',
    'The treasurer has proposed a levy on moorings.',
    'Mr Reed has not made a decision on the depot.',
    'The crews want to vote on the merger before the season opens.',
    'Should the board approve it, the proposal goes to the islanders.',
  ])('%s', (text) => {
    expect(cueless(text)).toBe('pending');
  });
});

describe('"will" as a noun is no future', () => {
  it.each([
    '“Those leases are not terminable at will,” the harbour trust’s lawyer told the Gazette in July.',
    'The crew said they were held on the trawler against their will until Tuesday.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('future');
  });

  it.each([
    '“Those leases will end,” the harbour trust’s lawyer told the Gazette in July.',
    'The crew will be held on the trawler until Tuesday.',
    'Reed said the council’s will to act will be tested next week.',
    'The slogan ‘Keep the ferry’ will run on posters until July.',
  ])('control, the modal: %s', (text) => {
    expect(shapes(text)).toContain('future');
  });
});
