import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Library vote in brief\n\n${body}`).quotes.map((q) => q.speaker);

const LEAD =
  'The Brookfield library board met on Monday to decide the future of the mobile library van.\n\n"The van is worth keeping" and it reaches every village on the moor, insisted Carol Pike, the board chair.\n\n';

/**
 * Review B-r41-1: a tag after the quotation whose subject is followed by an aside between dashes
 * (`the head librarian — who had doubts — told reporters`) was not read (the aside's "who" refused it), and the
 * quotation fell to the previous paragraph's speaker. The tag is read through the aside; a tag whose subject holds a
 * relative clause is that subject's, shown unattributed, never the earlier speaker's.
 */
describe('a tag after the quotation with an aside between dashes', () => {
  it('reads the subject before the aside', () => {
    expect(
      quoteSpeakers(
        `${LEAD}"We costed every route twice," the head librarian — who had doubts — told reporters on Tuesday.`,
      ),
    ).toEqual(['Carol Pike', 'the head librarian']);
  });

  it('skips a speech verb inside the aside', () => {
    expect(
      quoteSpeakers(
        `${LEAD}"We costed every route twice," the head librarian — who said she had doubts — told reporters on Tuesday.`,
      ),
    ).toEqual(['Carol Pike', 'the head librarian']);
  });

  it('reads an appositive aside between en dashes', () => {
    expect(
      quoteSpeakers(`${LEAD}"We costed every route twice," Dev Malik – a former bus driver – said on Tuesday.`),
    ).toEqual(['Carol Pike', 'Dev Malik']);
  });

  it('gives a subject with a relative clause no one rather than the earlier speaker', () => {
    expect(
      quoteSpeakers(`${LEAD}"We costed every route twice," the clerk who ran the survey told reporters on Tuesday.`),
    ).toEqual(['Carol Pike', null]);
  });

  it('keeps the tag without an aside (control)', () => {
    expect(
      quoteSpeakers(`${LEAD}"We costed every route twice," the head librarian told reporters on Tuesday.`),
    ).toEqual(['Carol Pike', 'the head librarian']);
  });

  it('keeps a pronoun tag followed by a dash clause (control)', () => {
    expect(quoteSpeakers(`${LEAD}"We costed every route twice," she added — and then she left the room.`)).toEqual([
      'Carol Pike',
      'Carol Pike',
    ]);
  });
});
