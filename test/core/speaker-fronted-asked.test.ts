import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Cycling study in brief\n\n${body}`).quotes.map((q) => q.speaker);

const lead =
  'A study of 2,000 commuters found that cycling to work lowered blood pressure.\n\n' +
  '"The benefit was clear," said Dr Mara Quill, a cardiologist at Hollin University.\n\n' +
  'Dr Quill said the team now planned a larger trial. ';

/**
 * Session 48 (sp60b, audit 49): words quoted after "asked" are a question put to someone (asked-question.ts), but a
 * fronted "Asked …," or "When asked," clause ends before its sentence's own subject and speech verb, and the
 * quotation after that verb is the subject's answer.
 */
describe('a fronted asked clause before its subject and speech verb', () => {
  it('credits the pronoun subject who answers', () => {
    expect(
      quoteSpeakers(`${lead}Asked when the findings might be published, she said it would be "at least four years".`),
    ).toEqual(['Mara Quill', 'Mara Quill']);
  });

  it('credits a named subject after "When asked …,"', () => {
    expect(quoteSpeakers(`${lead}When asked about a date, Dr Quill said it would be "at least four years".`)).toEqual([
      'Mara Quill',
      'Mara Quill',
    ]);
  });

  it('control: a question quoted after a later "asked" in the clause stays no one', () => {
    expect(quoteSpeakers(`${lead}Asked about funding, she said a colleague had asked, "Can we go faster?"`)).toEqual([
      'Mara Quill',
      null,
    ]);
  });

  it('control: a sentence with no asked clause was read before', () => {
    expect(quoteSpeakers(`${lead}She said the wait would be "at least four years".`)).toEqual([
      'Mara Quill',
      'Mara Quill',
    ]);
  });
});
