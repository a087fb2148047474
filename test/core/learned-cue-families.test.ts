import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { followupFeatures } from '../../src/core/followup-features';
import { LEARNED_CUE_FAMILIES } from '../../src/core/learned-cue-families';
import { findCues } from '../../src/core/question-cues';
import { questionProblems } from '../support/question-grammar';

const shapes = (text: string) => findCues(text).map((c) => c.shape);

describe('learned cue families: candidates beyond the hand-written ones', () => {
  it('are read where no hand-written family reads the sentence', () => {
    expect(shapes('The Times newspaper also reported last month that the talks had failed.')).toEqual(['disclosure']);
    expect(shapes('The governor has revealed almost nothing about his intentions.')).toEqual(['disclosure']);
    expect(findCues('The Times newspaper also reported that the talks had failed.')[0]?.kind).toBe('unverified');
  });

  it('leave a sentence a hand-written family reads as it was', () => {
    // "sources said" is the vague-source family's: the disclosure is not added beside it.
    const text = 'The paper reported the plan, sources said.';
    expect(shapes(text)).toContain('vague-source');
    expect(shapes(text)).not.toContain('disclosure');
  });

  it('read no credit line saying where the reporters were', () => {
    expect(shapes('Phillip reported from Oakland, Calif.; Gearan, from Washington.')).toEqual([]);
    expect(shapes('Smith reported from Kabul.')).toEqual([]);
    expect(shapes('Reuters reported from Moscow that the talks had failed.')).toEqual(['disclosure']);
    // A long capitalised run that is no credit line is read at once, not tried every way.
    expect(shapes(`Reuters reported from ${'ABCDEFGH'.repeat(8)} that talks had failed`)).toEqual(['disclosure']);
  });

  it('read nothing in a sentence without their words', () => {
    expect(shapes('The mayor opened the bridge on Tuesday.')).toEqual([]);
  });

  it('add no feature to the scorer, which was fitted without them', () => {
    const text = 'The Times newspaper also reported last month that the talks had failed.';
    const features = followupFeatures(text, 3, 10, findCues(text));
    expect(features).toEqual(followupFeatures(text, 3, 10, []));
    expect(features).toContain('cue:none');
  });

  it('are shown as the flagged passage with its kind, word for word, never as a template', () => {
    const sentence = 'The harbour board has revealed almost nothing about what the depot will cost.';
    expect(shapes(sentence)).toEqual(['disclosure']);
    const story = ['Depot plan splits the town', '', 'The council met on Tuesday.', '', sentence, ''].join('\n');
    const questions = analyzeArticle(story).questions;
    const flagged = questions.find((q) => q.text.includes('revealed'));
    expect(flagged?.kind).toBe('unverified');
    expect(flagged?.text).toContain('has revealed almost nothing about what the depot will cost');
    expect(flagged?.text.endsWith('?')).toBe(false);
    for (const q of questions) if (q.text.endsWith('?')) expect(questionProblems(q.text, story)).toEqual([]);
  });

  it('each phrase nothing (no template of ours fits them)', () => {
    for (const f of LEARNED_CUE_FAMILIES) {
      expect(f.learned).toBe(true);
      expect(f.phrase({ text: f.examples[0]!, actor: null, mainActor: null, properWords: new Set() })).toBeNull();
    }
  });
});
