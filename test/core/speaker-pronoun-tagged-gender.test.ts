import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * Session 49, fix49a (audit 50, B-a50-3): a woman whose given name no list holds ("Dr Oyelaran Adebisi") had no
 * gender, so a later "he" could resolve to her though the copy's own tag ("She said …", right after her mention) says
 * she is a woman. The tag's gender is now learned before resolution (tagged-gender.ts), and "one of the farmers" is
 * one person a "he" may stand for (resolve-pronoun.ts), printed whole (without-lead-in.ts). Copy written for the test.
 */
function speakers(body: string): { statements: Array<string | null>; quotes: Array<string | null> } {
  const analysis = analyzeArticle(`Reservoir to be drained\n\n${body}`);
  return { statements: analysis.statements.map((s) => s.speaker), quotes: analysis.quotes.map((q) => q.speaker) };
}

const OPENING =
  'Dr Oyelaran Adebisi, an ecologist who has surveyed the reservoir since 2012, backed the plan. She said the water had lost half its fish since 2000.';
const LATER =
  'A farmer, who did not want to be named, said he would sue. "Nobody asked us before the pumps were ordered," he said.';

describe('a pronoun tag gives its person a gender', () => {
  it('keeps a later "he" off a woman the copy tagged "she"', () => {
    const found = speakers(`${OPENING}\n\n${LATER}`);
    expect(found.statements[0]).toBe('Oyelaran Adebisi');
    expect(found.quotes).not.toContain('Oyelaran Adebisi');
  });

  it('gives a later "he" to "one of the <people>" the sentence before, not to a man paragraphs back', () => {
    const found = speakers(
      [
        OPENING,
        'Water board engineer K. T. Mensah confirmed that 40 pumps would be used. He said the work would start in May.',
        'Officials said the drained bed would become a park. The park is expected to open by 2029.',
        'One of the farmers, who did not wish to be named, said they would go to court. "We have farmed here for forty years. Where was the board then?" he asked.',
      ].join('\n\n'),
    );
    expect(found.quotes).toEqual(['one of the farmers']);
  });

  it('control: a "she" tag after her still goes to her', () => {
    const found = speakers(`${OPENING} "It is a start," she said.`);
    expect(found.quotes).toEqual(['Oyelaran Adebisi']);
  });

  it('control: a listed given name gives the gender as before', () => {
    const found = speakers(`${OPENING.replace('Oyelaran Adebisi', 'Ann Adebisi')}\n\n${LATER}`);
    expect(found.statements[0]).toBe('Ann Adebisi');
    expect(found.quotes).not.toContain('Ann Adebisi');
  });
});

/**
 * Session 49, spk49c (review 50, B-r50-2): a tag whose "she" follows a described, unnamed person of its own sentence
 * ("Its first guest, a retired nurse from Pellow, …, she said") refers to that person, so it gives no gender to the
 * one named the sentence before, whose own later "he added" must still find him. Copy written for the test.
 */
describe('a tag after a described person of its own sentence gives the named one no gender', () => {
  const opening = 'Councillor Rio Venn opened the new Pellow library on Friday.';
  const later = '"This is a proud day," Venn told the crowd. "We will open on Sundays from June," he added.';
  it('keeps the later "he added" with the named man', () => {
    const found = speakers(
      `${opening}\n\nIts first reader, a retired nurse from Tolby, had asked for a library for years, she said.\n\n${later}`,
    );
    expect(found.quotes).toEqual(['Rio Venn', 'Rio Venn']);
  });

  it('control: a "she said" with no one before it still makes the named one a woman', () => {
    const found = speakers(`${opening} She said the library was overdue.\n\n${later}`);
    expect(found.quotes[1]).not.toBe('Rio Venn');
  });
});
