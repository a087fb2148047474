import { describe, expect, it } from 'vitest';
import { type CueSurroundings, keptCues } from '../../src/core/kept-cues';
import { findCues } from '../../src/core/question-cues';

const around = (text: string, more: Partial<CueSurroundings> = {}): CueSurroundings => ({
  text,
  next: '',
  chargeQuote: false,
  hasSpeaker: false,
  nextSpeaker: '',
  ...more,
});
const shapes = (text: string, more: Partial<CueSurroundings> = {}) =>
  keptCues(findCues(text), around(text, more)).map((c) => c.shape);

describe('keptCues: the cues a sentence keeps once the copy around it is read', () => {
  it('keeps none for a sentence with no cue, whatever follows it', () => {
    expect(shapes('Rain fell across the north overnight.', { next: 'No, it did not.' })).toEqual([]);
  });

  it('counts a quoted charge word as an attack-quote cue, once', () => {
    expect(shapes('Rain fell across the north overnight.', { chargeQuote: true })).toEqual(['attack-quote']);
    const quoted = 'Mr Howard said: "This is a desperate government recycling old ideas."';
    expect(shapes(quoted, { chargeQuote: true }).filter((s) => s === 'attack-quote')).toHaveLength(1);
  });

  it('returns them strongest first, leaving the found list as it was', () => {
    const text = 'The minister dismissed the report as rubbish before an inquiry into the crash was opened.';
    const found = findCues(text);
    const before = found.map((c) => c.shape);
    const kept = keptCues(found, around(text, { chargeQuote: true }));
    expect(found.map((c) => c.shape)).toEqual(before);
    expect(kept.map((c) => c.strength)).toEqual([...kept.map((c) => c.strength)].sort((a, b) => b - a));
  });

  it('drops every cue of a question the next sentence answers', () => {
    const text = 'Will the board decide on the depot next week?';
    expect(shapes(text).length).toBeGreaterThan(0);
    expect(shapes(text, { next: 'No, the chairman said.' })).toEqual([]);
  });

  it("drops an inquiry's cue when its findings are reported", () => {
    const text = 'Police are investigating the fire.';
    expect(shapes(text)).toContain('investigation');
    expect(shapes(text, { next: 'They found no evidence of arson.' })).not.toContain('investigation');
  });

  it('drops a nameable group when the next sentence quotes one of them by full name', () => {
    const text = 'Local officials said the depot would close.';
    const next = '"It is over," said James Acton, a council officer.';
    expect(shapes(text)).toContain('vague-source');
    expect(shapes(text, { next, nextSpeaker: 'James Acton' })).not.toContain('vague-source');
    // Credited to someone already, the sentence is not the group's to name.
    expect(shapes(text, { next, nextSpeaker: 'James Acton', hasSpeaker: true })).toContain('vague-source');
  });
});
