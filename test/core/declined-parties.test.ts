import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { asksWhoDeclined } from '../../src/core/declined-parties';

const STORY = (refusal: string): string =>
  [
    'Ferry firm accused over safety checks',
    '',
    'Campaigners accused Brightwater Marine of skipping safety checks on its ferries, the council said on Monday.',
    '',
    'Councillor Dana Whitley said the firm had failed to publish its inspection reports.',
    '',
    refusal,
  ].join('\n');

describe('open questions never ask a party that declined to comment for its side', () => {
  for (const refusal of [
    'Brightwater Marine declined to comment.',
    'A spokesman for Brightwater Marine declined to comment when contacted.',
    'Brightwater Marine did not respond to requests for comment.',
  ]) {
    it(`shows the accusation as a passage when the copy says: ${refusal}`, () => {
      const texts = analyzeArticle(STORY(refusal)).questions.map((q) => q.text);
      expect(texts.some((t) => /Brightwater Marine (?:answer|respond|comment|give)/.test(t))).toBe(false);
      expect(texts).toContain(
        'Disputed: “Campaigners accused Brightwater Marine of skipping safety checks on its ferries, the council said on Monday.”',
      );
    });
  }

  it('still asks the accused to answer when the copy records no refusal', () => {
    const texts = analyzeArticle(STORY('The ferries carry 2,000 people a day.')).questions.map((q) => q.text);
    expect(texts).toContain(
      'How does Brightwater Marine answer the accusation by campaigners of skipping safety checks on its ferries?',
    );
  });
});

describe('asksWhoDeclined', () => {
  const sentences = analyzeArticle('Acme said nothing.\n\nAcme Ferries declined to comment.').sentences;
  const acme = [{ name: 'Acme Ferries', type: 'organization' as const }];
  it('spots the questions that ask for their side', () => {
    expect(asksWhoDeclined('Will Acme Ferries give their side?', sentences, acme)).toBe(true);
    expect(asksWhoDeclined('How does Acme Ferries answer the charge of overcharging?', sentences, acme)).toBe(true);
    expect(asksWhoDeclined('Will Acme Ferries comment on the fare rise?', sentences, acme)).toBe(true);
  });

  it('leaves other questions, and other parties, alone', () => {
    expect(asksWhoDeclined('When will Acme Ferries publish the figures?', sentences, acme)).toBe(false);
    expect(
      asksWhoDeclined('How does Solent Link answer the charge?', sentences, [
        ...acme,
        { name: 'Solent Link', type: 'organization' },
      ]),
    ).toBe(false);
  });
});
