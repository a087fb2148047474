import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Session 58 (sp71), issue 11: `<Subject> said <Name> "<predicate>"` — the name is the reported clause's subject and
// the quotation its predicate; the reporting verb's own subject spoke. The ranker's pick of the name was printed as
// no one; the tag's subject now stands when it is someone else. Invented copy.
const speakerOf = (...lines: string[]): string | null | undefined =>
  analyzeArticle(['Fund row deepens', ...lines].join('\n\n')).quotes.at(-1)?.speaker;

describe('a name between the tag and its quoted predicate', () => {
  it.each([
    ['a body', 'The union said Dana Kim "had no business running the fund."', 'the union'],
    ['a plural description', 'Campaigners said Dana Kim "had no business running the fund."', 'Campaigners'],
    ['a named person', 'Tom Reed said Dana Kim "had no business running the fund."', 'Tom Reed'],
  ])("credits the tag's subject when it is %s", (_shape, line, speaker) => {
    expect(speakerOf(line)).toBe(speaker);
  });

  it('control: the name speaking in its own tag keeps the quotation', () => {
    expect(speakerOf('"I had every right to run the fund," Dana Kim said.')).toBe('Dana Kim');
  });
});
