import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

// fix55b, session 55 (audit 56 B-a56-10): a firm's name after a lower-case descriptor lost its first word, a law
// was listed as an organisation, and a law firm with an ampersand was cut. Composed copy.
const story = (maker: string) =>
  analyzeArticle(
    [
      'Pump maker sues former managers',
      `A federal judge on Monday heard a bid by industrial pump maker ${maker} Hydraulics Inc. to stop two former managers from joining a rival.`,
      `${maker} Hydraulics Inc. says the managers took design files in breach of the Fair Workplace Secrets Act.`,
      'The managers are represented by Joan Pell of Marsh & Orley LLP, who said the files were their own notes.',
      'Lawyers for the rival said the Fair Workplace Secrets Act did not apply.',
      `Marsh & Orley LLP said it would file a reply next week, and ${maker} said it would appeal any loss.`,
    ].join('\n\n'),
  );

describe("who is who's organisations", () => {
  it('keeps a firm name whose first word is no English word, though shaped like a gerund', () => {
    expect(whoIsWho(story('Vantling')).organizations).toContain('Vantling Hydraulics Inc.');
  });

  it('lists a law firm whole through its ampersand', () => {
    expect(whoIsWho(story('Vantling')).organizations).toContain('Marsh & Orley LLP');
  });

  it('leaves a law off the list', () => {
    expect(whoIsWho(story('Vantling')).organizations.some((o) => o.endsWith('Act'))).toBe(false);
  });
});
