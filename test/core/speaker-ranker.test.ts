import { describe, expect, it } from 'vitest';
import { normalizeQuoteMarks } from '../../src/core/quote-marks';
import type { SpeakerCandidate } from '../../src/core/speaker-candidates';
import { FEATURE_NAMES } from '../../src/core/speaker-feature-names';
import { rankSpeakers, type SpeakerModel, vetoPronounChain } from '../../src/core/speaker-ranker';

const feature = (name: (typeof FEATURE_NAMES)[number]): number => FEATURE_NAMES.indexOf(name);

function candidate(name: string, on: Array<(typeof FEATURE_NAMES)[number]>): SpeakerCandidate {
  const features = FEATURE_NAMES.map(() => 0);
  features[0] = 1;
  for (const f of on) features[feature(f)] = 1;
  return { speaker: { name, person: null }, features };
}

/** A model that trusts the rules' choice and a nearby person, and is confident in proportion. */
function model(threshold: number): SpeakerModel {
  const weights = FEATURE_NAMES.map(() => 0);
  weights[feature('rule')] = 3;
  weights[feature('adjacent-before')] = 1;
  const confidence = [0, 8]; // bias, then the best candidate's probability
  return {
    features: [...FEATURE_NAMES],
    weights,
    none: [0, 0, 0, 0],
    confidence,
    threshold,
    overrideThreshold: threshold,
  };
}

describe('speaker ranker', () => {
  it('picks the candidate the features favour', () => {
    const candidates = [candidate('Ann Lee', ['adjacent-before']), candidate('Bo Park', ['rule'])];
    expect(rankSpeakers(model(0), candidates, [1, 0, 0, 0])?.name).toBe('Bo Park');
  });

  it('abstains when the confidence is under the threshold', () => {
    const candidates = [candidate('Ann Lee', []), candidate('Bo Park', []), candidate('Cy Ray', [])];
    expect(rankSpeakers(model(0), candidates, [1, 0, 0, 0])).not.toBeNull();
    expect(rankSpeakers(model(0.9), candidates, [1, 0, 0, 0])).toBeNull();
  });

  it('names no one without candidates', () => {
    expect(rankSpeakers(model(0), [], [1, 0, 0, 1])).toBeNull();
  });
});

describe('pronoun chains', () => {
  const rule = { name: 'Bo Park', person: null };
  const none = [1, 0, 0, 0];

  it('keeps the rules’ pronoun resolution when the ranker agrees or is unsure', () => {
    const agreeing = [candidate('Bo Park', ['rule']), candidate('Ann Lee', [])];
    expect(vetoPronounChain(model(0.5), rule, agreeing, none)?.name).toBe('Bo Park');
    // Someone else ranks first, but not with the confidence an override needs.
    const weights = FEATURE_NAMES.map(() => 0);
    weights[feature('adjacent-before')] = 0.5;
    const unsure = [candidate('Bo Park', ['rule']), candidate('Ann Lee', ['adjacent-before']), candidate('Cy Ray', [])];
    expect(vetoPronounChain({ ...model(0.99), weights }, rule, unsure, none)?.name).toBe('Bo Park');
    expect(vetoPronounChain({ ...model(0.5), weights }, rule, unsure, none)).toBeNull();
  });

  it('names no one when the ranker is confident of someone else, and never names that someone', () => {
    const weights = FEATURE_NAMES.map(() => 0);
    weights[feature('adjacent-before')] = 6;
    const sure = { ...model(0.5), weights };
    const candidates = [candidate('Bo Park', ['rule']), candidate('Ann Lee', ['adjacent-before'])];
    expect(vetoPronounChain(sure, rule, candidates, none)).toBeNull();
    expect(vetoPronounChain(sure, null, candidates, none)).toBeNull();
  });
});

describe('normalizeQuoteMarks', () => {
  const sentence = (text: string, paragraph = 0) => ({ id: 0, text, start: 0, end: text.length, paragraph });

  it('rewrites British quote marks as double ones without moving offsets', () => {
    const input = [sentence("'It's over,' he said of the 'new' deal.")];
    const [out] = normalizeQuoteMarks(input);
    expect(out!.text).toBe('"It\'s over," he said of the "new" deal.');
    expect(out!.text.length).toBe(input[0]!.text.length);
  });

  it('returns the same sentences for copy that quotes with double marks', () => {
    const input = [sentence("\"It's over,\" he said of the 'new' deal.")];
    expect(normalizeQuoteMarks(input)).toBe(input);
  });
});
