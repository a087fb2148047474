import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { cueContext } from '../../src/core/cue-context';
import { DEFAULT_CHOICE, selectQuestions } from '../../src/core/find-open-questions';
import { followupFeatures } from '../../src/core/followup-features';
import { passageFeatures } from '../../src/core/passage-features';
import { prepareQuestions } from '../../src/core/prepare-questions';
import { findCues } from '../../src/core/question-cues';
import { readFlynn } from './flynn-sample';

describe('prepareQuestions reads lazily what only some sentences need', () => {
  const analysis = analyzeArticle(readFlynn());
  const { sentences, title } = analysis;

  it("builds each sentence's features as the scorer learned them: from the cues as found", () => {
    const prepared = prepareQuestions(analysis);
    const passage = passageFeatures(
      sentences.map((s) => s.text),
      title,
    );
    sentences.forEach((s, i) => {
      const found = findCues(s.text, cueContext(title, sentences, i));
      expect(prepared.sentences[i]!.features, s.text).toEqual(
        followupFeatures(s.text, i, sentences.length, found, passage[i]),
      );
    });
  });

  it("builds a sentence's features once, however often they (or the cueless kind) are read", () => {
    const prepared = prepareQuestions(analysis);
    for (const s of prepared.sentences) {
      const first = s.features;
      expect(['pending', 'unknown', 'denied', 'unverified']).toContain(s.cuelessKind);
      expect(s.features).toBe(first);
    }
  });

  it('scores only sentences with a cue unless the choice flags cueless ones', () => {
    const prepared = prepareQuestions(analysis);
    const withCue = prepared.sentences.filter((s) => s.cue).length;
    expect(withCue).toBeGreaterThan(0);
    expect(withCue).toBeLessThan(sentences.length);
    let calls = 0;
    const model = (features: readonly string[]) => {
      calls++;
      return DEFAULT_CHOICE.model(features);
    };
    const questions = selectQuestions(prepared, { ...DEFAULT_CHOICE, model });
    expect(calls).toBe(withCue);
    expect(questions).toEqual(analysis.questions);
    calls = 0;
    selectQuestions(prepared, { ...DEFAULT_CHOICE, model, cueless: 0.99 });
    expect(calls).toBe(sentences.length);
  });
});
