import { describe, expect, it } from 'vitest';
import { BASE_FEATURE_NAMES, FEATURE_NAMES, LIST_FEATURE_SOURCES } from '../../src/core/speaker-feature-names';
import { speakerListFeatures } from '../../src/core/speaker-list-features';

const at = (name: string): number => BASE_FEATURE_NAMES.indexOf(name as (typeof BASE_FEATURE_NAMES)[number]);
const top = (name: string): number => FEATURE_NAMES.indexOf(`sole-top-${name}`);

function row(values: Record<string, number>): number[] {
  const f = BASE_FEATURE_NAMES.map(() => 0);
  for (const [name, v] of Object.entries(values)) f[at(name)] = v;
  return f;
}

describe('speaker list features', () => {
  it('marks the one candidate nearest before the quote, whatever the distances', () => {
    const list = [row({ 'chars-before': 0.2 }), row({ 'chars-before': 0.7 }), row({})];
    speakerListFeatures(list);
    expect(list.map((f) => f[top('chars-before')])).toEqual([0, 1, 0]);
    expect(list.every((f) => f.length === FEATURE_NAMES.length)).toBe(true);
  });

  it('marks no one when the highest value is shared or nobody has it', () => {
    const list = [row({ subject: 1 }), row({ subject: 1 }), row({ person: 1 })];
    speakerListFeatures(list);
    expect(list.map((f) => f[top('subject')])).toEqual([0, 0, 0]);
    expect(list.map((f) => f[top('chars-after')])).toEqual([0, 0, 0]);
    expect(list.map((f) => f[top('person')])).toEqual([0, 0, 1]);
  });

  it('names one list feature per source feature, after the candidate’s own', () => {
    expect(FEATURE_NAMES.length).toBe(BASE_FEATURE_NAMES.length + LIST_FEATURE_SOURCES.length);
    expect(LIST_FEATURE_SOURCES.every((name) => at(name) >= 0)).toBe(true);
  });
});
