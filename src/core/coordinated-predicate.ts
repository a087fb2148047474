import { finiteVerbOpener } from './finite-verb-opener';

/** A conjunction that may join a second predicate to the sentence's subject ("declined to X but confirmed Y"). */
const JOIN = /,?\s+(?:but|and|yet)\s+(?=[a-z])/g;

/**
 * What a withheld verb holds back, without a second predicate of the refuser coordinated after it: "declined to
 * discuss her departure but confirmed the authenticity of the messages" holds back "her departure"; "confirmed …"
 * is a fact the refuser gave, no part of the question (audit 58's B-a58-17). The withheld verb stands in its base
 * form after "to", so a finite verb after the conjunction — a past or present form WordNet reads as a verb, before
 * what opens its object (finite-verb-opener.ts) — is the refuser's own, not the object's: "to discuss X and confirm
 * Y" (a base form) and "the pay and benefits" (a noun) stay whole.
 */
export function withoutCoordinatedPredicate(object: string): string {
  for (const m of object.matchAll(JOIN)) {
    if (finiteVerbOpener(object.slice(m.index + m[0].length))) return object.slice(0, m.index);
  }
  return object;
}
