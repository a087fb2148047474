import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerFeatures } from '../../src/core/answer-features';
import { answerQuestion } from '../../src/core/answer-question';
import { whoUnfilled } from '../../src/core/who-unfilled';

// fix55b, session 55 (audit 56 B-a56-7, B-a56-8): a who-question answered by a sentence filling no one into the
// asked slot. Composed copy.
const lake = (line: string) =>
  analyzeArticle(
    [
      'Harbour board orders two new tugboats',
      'The harbour board has ordered two new tugboats for the port of Kellwick, board chair Miriam Osei said Monday.',
      'The boats will replace a vessel that has been in service since 1981.',
      line,
    ].join('\n\n'),
  );

describe('who will <person-noun verb>…? where no sentence says the role', () => {
  it('says the article does not say who', () => {
    const result = answerQuestion(lake('Delivery is expected in the spring.'), 'Who will pilot the new tugboats?');
    expect(result.answer).toBeNull();
  });

  it('answers when a sentence names the pilot (control)', () => {
    const result = answerQuestion(
      lake('Tom Rieve, a pilot with 20 years at the port, will pilot the first of the new tugboats.'),
      'Who will pilot the new tugboats?',
    );
    expect(result.answer).toContain('Tom Rieve');
  });
});

const works = (line: string) =>
  analyzeArticle(
    [
      'Senator questions road contract',
      'Sen. Paolo Aguas questioned officials from the roads agency on Thursday over a bypass in Dalton.',
      `${line} pointed out that the inspection report for the Dalton bypass was signed by the agency's regional office weeks before the work began.`,
      'The agency said it would review the report.',
    ].join('\n\n'),
  );

describe('who is the <role>…? over a pronoun-led sentence not saying the role', () => {
  const question = 'Who is the regional engineer in Dalton?';
  const unfilled = (subject: string) => {
    const analysis = works(subject);
    const best = analysis.sentences.findIndex((s) => s.text.includes('pointed out'));
    return whoUnfilled(analysis, best, question, answerFeatures(analysis, question));
  };

  it('fills no one into the role', () => {
    expect(unfilled('He')).toBe('The article does not name who that is.');
  });

  it('a named subject is left to the ranker (control)', () => {
    expect(unfilled('Aguas')).toBeUndefined();
  });
});
