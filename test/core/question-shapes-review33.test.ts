import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const questions = (sentence: string): string[] =>
  analyzeArticle(`Port news\n\nThe harbour board met on Monday. ${sentence}`).questions.map((q) => q.text);

/** Review s33 B-sample29-1, B-sample29-2, B-main-41, B-main-50: shapes no template may print. */
describe('questions built only from parts that read', () => {
  it('a lone plural speaker the copy agrees a plural verb with takes "Are"; a name keeps its capital', () => {
    // "Firms" is capitalised only where its sentence opens: the common noun (review s39 B-r39-11).
    expect(questions('Firms argue that the new levy will cost jobs at the port.')).toContain(
      'Are firms right that the new levy will cost jobs at the port?',
    );
    expect(questions('Democrats argue that the tax will hit the poorest hardest.')).toContain(
      'Are Democrats right that the tax will hit the poorest hardest?',
    );
    expect(questions('Reeves argues that the tax will hit the poorest hardest.').join(' ')).toMatch(/Is Reeves right/);
  });

  it.each([
    'Unions have blamed cost cuts for the failures, a claim the airline denies.',
    'Residents say the water is unsafe, an accusation the utility strongly denies.',
  ])('an unmarked relative is no denier: %s', (sentence) => {
    for (const q of questions(sentence)) expect(q).not.toMatch(/does (?:a|an) (?:claim|accusation)/);
  });

  it("a will-question over two clauses asks of the second one's subject", () => {
    const asked = questions(
      'The court failed to reach a decision on the appeal, and a new hearing will be held in June.',
    );
    expect(asked).toContain('Will a new hearing be held in June?');
    for (const q of asked) expect(q).not.toMatch(/Will the court failed/);
  });

  it('controls: a list before the modal stays whole; a named denier is asked', () => {
    expect(questions('The council, the trust and the board will meet in June to agree the budget.')).toContain(
      'Will the council, the trust and the board meet in June to agree the budget?',
    );
    expect(
      questions('Critics say the scheme favours wealthy districts. The minister denies the claims.').join(' '),
    ).toMatch(/minister/);
  });

  it('a lone singular name opening the sentence keeps its capital (review s33 B-main-55, B-main-39)', () => {
    expect(questions('Unison accused the trust of cutting corners on safety.').join(' ')).toMatch(/by Unison of/);
    expect(questions('Ofwat will decide next month whether to impose a further penalty.').join(' ')).toMatch(
      /Will Ofwat decide/,
    );
    expect(questions('Critics accused the trust of cutting corners on safety.').join(' ')).toMatch(/by critics of/);
  });
});
