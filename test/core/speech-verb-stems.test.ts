import { describe, expect, it } from 'vitest';
import { SPEECH_VERB_STEMS } from '../../src/core/speech-verb-stems';
import { QUOTE_VERBS, REPORTING_VERBS } from '../../src/core/speech-verbs';
import { TAG_ONLY_VERBS } from '../../src/core/tag-only-verbs';

/** Session 46, sp58: one list of speech verbs, each verb known once (review 45's leftover). */
describe('the speech-verb lists', () => {
  it('know each verb once, across the speech verbs and the tag-only verbs', () => {
    const all = [...SPEECH_VERB_STEMS, ...TAG_ONLY_VERBS];
    expect(all.filter((v, i) => all.indexOf(v) !== i)).toEqual([]);
  });

  it('control: a tag-only verb frames a quotation but reports no speech', () => {
    expect([QUOTE_VERBS.has('barked'), REPORTING_VERBS.has('barked'), QUOTE_VERBS.has('said')]).toEqual([
      true,
      false,
      true,
    ]);
  });
});
