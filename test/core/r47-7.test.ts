import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';

/**
 * Review 47, B-r47-7: "is to be" + an irregular participle the repo's WordNet lexicon lists ("torn", "rebuilt") is a
 * scheduled passive, still pending; "is to be" + an adjective stays a copula. Copy written for the test.
 */
const kinds = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.kind);

describe('"is to be" + an irregular participle stays pending', () => {
  it.each([
    'The old boathouse is to be torn down in June and replaced with a slipway for the rowing club.',
    'The burned-out ferry office is to be rebuilt by the start of next summer, the trust said.',
    'Work on the new sea wall is to be begun in the spring.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('pending');
  });
  it('both notices are asked as pending questions', () => {
    const questions = analyzeArticle(
      'Pier plan approved\n\nThe harbour trust on Monday approved a plan for the pier.\n\nThe old boathouse is to be torn down in June and replaced with a slipway.\n\nThe burned-out ferry office is to be rebuilt by the start of next summer, the trust said.\n',
    ).questions;
    const pending = questions.filter((q) => q.kind === 'pending').map((q) => q.text);
    expect(pending.some((q) => /torn down/.test(q))).toBe(true);
    expect(pending.some((q) => /rebuilt/.test(q))).toBe(true);
  });
  it('control: "What we owe the ferrymen is to be honest with them." is not pending', () => {
    expect(kinds('What we owe the ferrymen is to be honest with them.')).not.toContain('pending');
  });
});

describe('"is to be" + an adjective spelt like a participle is a copula (audit 48, B-a48-14)', () => {
  it.each(['Their aim is to be open by the spring.', 'The goal is to be online before the regatta.'])('%s', (text) => {
    expect(kinds(text)).not.toContain('pending');
  });
  it('control: an "-en" participle WordNet lists stays pending ("is to be chosen")', () => {
    expect(kinds('The new lifeboat coxswain is to be chosen in the spring.')).toContain('pending');
  });
});
