import { describe, expect, it } from 'vitest';
import { accusation } from '../../src/core/charge-questions';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';

/**
 * Shapes hand-read sample 48 found (docs/hand-read-questions.md, "Sample 48", main's head `614d2513`), in copy
 * written for the test, with near controls that must not change. Each case failed on `614d2513`.
 */

const shapes = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.shape);

describe('a passive "dismissed as" a post held is the job lost: no challenge (#32)', () => {
  it.each([
    'Okafor was dismissed on Friday as the ferry company’s operations manager, even though the board had backed him.',
    'Ms Reyes was dismissed as chairman of the harbour trust, the trust said.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('challenge');
  });
  it.each([
    // An indefinite article classes the subject; a person after "by" is who judged, not the post.
    'Okafor was dismissed on Friday as a crank by the ferry company, even though the board had backed him.',
    'The complaint was dismissed as nonsense by the mayor.',
    'Her warning was dismissed as the ravings of a critic.',
  ])('control: %s keeps its challenge', (text) => {
    expect(shapes(text)).toContain('challenge');
  });
});

describe('an infinitive "to accuse" keeps its accuser (#50)', () => {
  const names = new Set(['Dana', 'Okoro', 'Ann', 'Bell']);
  const ask = (text: string) => accusation({ text, actor: null, mainActor: null, properWords: names });
  it('the named object of the verb before "to" accuses', () => {
    expect(
      ask('The reversal seemed so sudden that it prompted Dana Okoro to accuse the mayor of hypocrisy on air.'),
    ).toBe('How does the mayor answer the accusation by Dana Okoro of hypocrisy on air?');
  });
  it('a named subject before its own "went on to" accuses, and a verb phrase is nobody', () => {
    expect(ask('Ann Bell, who had voted for the depot, went on to accuse the council of hiding its costs.')).toBe(
      'How does the council answer the accusation by Ann Bell of hiding its costs?',
    );
  });
  it.each([
    [
      'Dana Okoro accused the mayor of hypocrisy on air.',
      'How does the mayor answer the accusation by Dana Okoro of hypocrisy on air?',
    ],
    [
      'The reversal prompted critics to accuse the mayor of hypocrisy.',
      'How does the mayor answer the accusation of hypocrisy?',
    ],
  ])('control: %s', (text, asked) => {
    expect(ask(text)).toBe(asked);
  });
});
