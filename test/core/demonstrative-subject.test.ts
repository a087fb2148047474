import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Session 60 (sp74), audit 60's B-a60-15: "That diplomat said" points back to the one unnamed speaker with that head
// noun; two of them, or none, leave the quotation unattributed. Invented copy.
const speakerOf = (...lines: string[]): string | null | undefined =>
  analyzeArticle(['Ministers meet on fishing quotas', ...lines].join('\n\n')).quotes.at(-1)?.speaker;

describe('a demonstrative subject', () => {
  it('credits the earlier unnamed speaker "that" points back to', () => {
    const line = 'That envoy said a compromise was "within reach" but that Oslo would rather wait.';
    expect(speakerOf('A second Nordic envoy said the talks had been tense.', line)).toBe('a second Nordic envoy');
  });

  it('reads "This official added" the same way', () => {
    const line = 'This official added that a deal was "close but not done."';
    expect(speakerOf('A senior fisheries official said the draft was weak.', line)).toBe('a senior fisheries official');
  });

  it('says no one when two unnamed speakers share the head noun', () => {
    expect(
      speakerOf(
        'One envoy said the talks had been tense. Another envoy said they had been calm.',
        'That envoy said a compromise was "within reach" this week.',
      ),
    ).toBeNull();
  });

  it('says no one rather than print "That envoy" when no speaker went before', () => {
    expect(speakerOf('The talks were tense.', 'That envoy said a compromise was "within reach" this week.')).toBeNull();
  });

  it('control: "this minister" after a named person given that role keeps the person (review63 R63-5)', () => {
    const line = '"The quota is fair and it will hold for years," this minister told reporters at the quay.';
    expect(speakerOf('Fisheries minister Pia Lund visited the harbour at Vardo on Monday.', line)).toBe('Pia Lund');
  });

  it('control: "that the envoy" after a reporting verb stays the complementiser (the reading as before)', () => {
    const line = 'Mayor Ana Berg said that the envoy told her a deal was "close but not done."';
    expect(speakerOf('The talks were tense.', line)).toBe('Ana Berg');
  });
});
