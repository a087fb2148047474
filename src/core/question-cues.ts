import type { QuestionKind } from './analysis-types';
import { CUE_FAMILIES } from './cue-families';
import type { CueFamily } from './cue-family';
import { escapeRegExp } from './escape-reg-exp';

export interface Cue {
  kind: QuestionKind;
  shape: string;
  strength: number;
  family: CueFamily;
}

/** Each family's hints as one literal alternation: one scan of the sentence instead of one per hint. */
const HINT_PATTERNS = CUE_FAMILIES.map((f) => new RegExp(f.hints.map((h) => escapeRegExp(h)).join('|')));

/** Every cue a sentence carries, strongest first. */
export function findCues(raw: string): Cue[] {
  const cues: Cue[] = [];
  // Patterns and hints are written with straight apostrophes: "wouldn’t" is "wouldn't".
  const text = raw.includes('’') ? raw.replace(/’/g, "'") : raw;
  const lower = text.toLowerCase();
  for (let i = 0; i < CUE_FAMILIES.length; i++) {
    const f = CUE_FAMILIES[i]!;
    if (HINT_PATTERNS[i]!.test(lower) && f.pattern.test(text) && !f.unless?.test(text))
      cues.push({ kind: f.kind, shape: f.shape, strength: f.strength, family: f });
  }
  return cues.sort((a, b) => b.strength - a.strength);
}

/** The family a shape names (attack-quote is added for quoted charges found by the quote finder). */
export function cueFamily(shape: string): CueFamily {
  const found = CUE_FAMILIES.find((f) => f.shape === shape);
  if (!found) throw new Error(`no cue family ${shape}`);
  return found;
}
