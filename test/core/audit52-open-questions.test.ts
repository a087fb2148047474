import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { KIND_GATES } from '../../src/core/kind-gates';
import { passageItem } from '../../src/core/passage-item';
import { findCues } from '../../src/core/question-cues';
import { unboundObject } from '../../src/core/unbound-object';

/**
 * Audit 52's open-question findings B-a52-12 (a nested tag and an object pronoun left in "Has anyone confirmed the
 * report that …?") and B-a52-16 (a no-comment flagged Unverified; ", says an unnamed source" after a passage that
 * names its source). Copy written for the test, in a court report's and a business desk's styles.
 */
const read = (...sentences: string[]) =>
  analyzeArticle(['Tenants take landlord to court', '', ...sentences.flatMap((s) => [s, ''])].join('\n'));
const questions = (...sentences: string[]): string[] => read(...sentences).questions.map((q) => q.text);
const LEAD = 'Tenants at Harrow Court are suing their landlord over repairs.';

describe('B-a52-12: a document\'s tag over a reported clause ("…, the lawsuit states")', () => {
  const nested = 'A tenant reported that the landlord had cut off the heating in January, the lawsuit states.';
  it('credits the document with the words before its tag, which the clause no longer holds', () => {
    const [statement] = read(LEAD, nested).statements;
    expect(statement?.speaker).toBe('the lawsuit');
    expect(statement?.text).toBe('A tenant reported that the landlord had cut off the heating in January');
  });
  it('asks of the report without the tag', () => {
    const asked = questions(LEAD, nested);
    expect(asked.join(' ')).not.toMatch(/the lawsuit states\?/);
    expect(asked).toContain('Has anyone confirmed the report that the landlord had cut off the heating in January?');
  });
  it('control: the report with no outer tag reads as before', () => {
    const plain = 'A tenant reported that the landlord had cut off the heating in January.';
    const [statement] = read(LEAD, plain).statements;
    expect(statement).toMatchObject({ speaker: 'a tenant', text: 'the landlord had cut off the heating in January' });
    expect(questions(LEAD, plain)).toContain(
      'Has anyone confirmed the report that the landlord had cut off the heating in January?',
    );
  });
  it("control: a description's tag over plain words is still left unread (no statement)", () => {
    expect(read(LEAD, 'The landlord had cut off the heating in January, the lawsuit states.').statements).toEqual([]);
  });
});

describe('B-a52-12: an object pronoun the question leaves with no one to stand for', () => {
  it('shows the passage, not "…the landlord had threatened her with eviction?"', () => {
    const copy = 'A tenant reported that the landlord had threatened her with eviction, the lawsuit states.';
    const asked = questions(LEAD, copy);
    expect(asked.join(' ')).not.toMatch(/threatened her with eviction\?/);
    expect(asked).toContain(`Unverified: “${copy}”`);
  });
  it('control: a noun object keeps the question', () => {
    expect(questions(LEAD, 'A tenant reported that the landlord had threatened the family with eviction.')).toContain(
      'Has anyone confirmed the report that the landlord had threatened the family with eviction?',
    );
  });
  it('reads the object of the first verb group only, and "her" as an object, not a possessive', () => {
    expect(unboundObject('the landlord had repeatedly warned them about the boiler')).toBe(true);
    expect(unboundObject('the landlord told her that the boiler was safe')).toBe(true);
    // "her flat" may be the landlord's own; a possessor in the subject may be whom the pronoun means.
    expect(unboundObject('the landlord had sold her flat to a developer')).toBe(false);
    expect(unboundObject("Ann Reid's agent had warned her about the boiler")).toBe(false);
    expect(unboundObject('the landlord had warned the tenants about her')).toBe(false);
  });
});

describe('B-a52-16: a refusal to comment holds no claim to verify', () => {
  const kinds = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.kind);
  it('a hedge word naming the topic of a refused comment is no hedge', () => {
    expect(kinds('The ferry operator said that it "does not comment on market rumours".')).not.toContain('unverified');
    expect(kinds('The harbour board declined to comment on the speculation.')).not.toContain('unverified');
    expect(kinds('The harbour board would not comment on the rumours.')).not.toContain('unverified');
  });
  it('no Unverified question on the refusal', () => {
    const asked = read(
      'Corran Ports is in talks to buy the Wexmoor ferry terminal.',
      'The ferry operator said in a statement that it "does not comment on market rumours".',
    ).questions;
    expect(asked.filter((q) => q.kind === 'unverified' && q.text.includes('does not comment'))).toEqual([]);
  });
  it('control: speculation with its claim, or hedging the sentence, keeps the cue', () => {
    expect(kinds('The harbour board declined to comment on speculation that the terminal would be sold.')).toContain(
      'unverified',
    );
    expect(kinds('The terminal will reportedly be sold, the harbour board said.')).toContain('unverified');
  });
});

describe('B-a52-16: a passage that already names its unnamed source', () => {
  it.each([
    'Corran Ports is in advanced talks to acquire the Wexmoor ferry terminal in a deal that would value the harbour business at about $300m, according to people familiar with the matter.',
    'The terminal, which handles about 9,000 cars a week, will be sold to a rival before the summer, officials said.',
  ])('gets no ", says an unnamed source" after it: %s', (copy) => {
    expect(questions(copy)).toContain(`Unverified: “${copy}”`);
  });
  it('control: a passage cut before its source phrase still credits the unnamed source', () => {
    const words = Array.from({ length: 70 }, (_, i) => `word${i}`).join(' ');
    const item = passageItem(
      'unverified',
      `The terminal reportedly changed hands ${words}, officials said.`,
      'an unnamed source',
      4,
    );
    expect(item).not.toContain('officials said');
    expect(item.endsWith(', says an unnamed source')).toBe(true);
  });
});
