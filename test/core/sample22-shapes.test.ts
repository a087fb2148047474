import { describe, expect, it } from 'vitest';
import { conflict } from '../../src/core/conflict-question';
import type { PhraseContext } from '../../src/core/phrase-question';
import { cutClause } from '../../src/core/question-clauses';
import { singleSource } from '../../src/core/single-source';
import { willQuestion } from '../../src/core/will-question';

/**
 * The ungrammatical shapes hand-read sample 22 found (docs/hand-read-questions.md, "Sample 22", engine 43), each in
 * copy written for the test: a claim cut at the comma that closes its opening subordinate clause, leaving no main
 * clause (#21), a writer's sentence taken as the document of "what exactly does … say?" (#34), and the "would" of an
 * indirect question ("asked how she would pay") fronted as the question's "Will" (#48).
 */

function context(text: string, extra: Partial<PhraseContext> = {}): PhraseContext {
  return { text, actor: null, mainActor: null, properWords: new Set(), ...extra };
}

describe('a cut never leaves an opening subordinate clause without its main clause (#21)', () => {
  it.each([
    [
      'Even if the new stadium costs the city more than planned, it will still bring in $40 million a year in tax revenue',
      ', it will still bring in',
    ],
    [
      'Because the new stadium costs the city more than anyone planned, the council will raise the tax on local businesses and shops next year',
      ', the council will raise the tax',
    ],
    [
      'When the new stadium finally opens its gates to the public next spring after years of delay, the council will raise the tax on local shops and businesses',
      ', the council will raise the tax',
    ],
  ])('"%s" keeps its main clause, not only the clause before the comma', (text, main) => {
    expect(cutClause(text, 22)).toContain(main);
  });

  it('the main clause gets its own half budget: a long one is cut with "…", its figure whole', () => {
    const cut = cutClause(
      'Though the vote did not go the way the party had hoped in the spring, the governor has won the 1,237 delegates needed to take the nomination at the convention in July',
      22,
    );
    expect(cut).toContain('the governor has won the 1,237 delegates');
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toContain('convention');
  });

  it('the single-source question keeps the main clause the source vouches for', () => {
    const question = singleSource(
      context(
        'Even if the new stadium costs the city more than planned, it will still bring in $40 million a year in tax revenue, according to Jane Doe, an economist at the state university.',
        { properWords: new Set(['Jane', 'Doe']) },
      ),
    );
    expect(question).toMatch(
      /^Can anyone besides Jane Doe confirm that even if .*, it will still bring in \$40 million .*…\?$/,
    );
  });

  it.each([
    // Controls: a main clause before the comma still ends the cut there; a short claim is kept whole.
    [
      'The new stadium has cost the city far more than anyone had planned, whatever its backers now say about the tax revenue it will bring in over the years',
      'The new stadium has cost the city far more than anyone had planned',
    ],
    [
      'Even if the stadium costs more, it will still pay for itself',
      'Even if the stadium costs more, it will still pay for itself',
    ],
    // "unclear if …": a lower-case "if" is a whether, not a clause before a main one; the comma cut stands.
    [
      'if the mayor knows that most of the money for the new stadium comes from the state grants, or of the cost overruns that followed',
      'if the mayor knows that most of the money for the new stadium comes from the state grants',
    ],
  ])('control: "%s"', (text, expected) => {
    expect(cutClause(text, 22)).toBe(expected);
  });
});

describe('"what exactly does … say?" takes a document, never a clause with its own verb (#34)', () => {
  it('a writer\'s "The trouble, if you ask the mayor, is that …" is no document: the template gives way', () => {
    expect(
      conflict(
        context(
          'The trouble, if you ask the mayor, is that the budget the council passed is very different from the one it promised.',
        ),
      ),
    ).toBeNull();
  });

  it.each([
    // Controls: a document or account before "differs" / "is very different" is asked about as before.
    [
      'The letter reads very different from the media reports.',
      'Which account is right, and what exactly does the letter say?',
    ],
    [
      "The minister's account is very different from the one in the leaked memo.",
      "Which account is right, and what exactly does the minister's account say?",
    ],
  ])('control: "%s"', (text, expected) => {
    expect(conflict(context(text))).toBe(expected);
  });
});

describe('the "would" of an indirect question is never the question\'s "Will" (#48)', () => {
  const names = new Set(['Maria', 'Lopez']);

  it.each([
    'Maria Lopez earns $38,000 a year and asked how she would pay for the new plan',
    'Maria Lopez runs a bakery in the town and wondered why the council would close the road',
  ])('"%s" asks no "Will Maria Lopez …?"', (clause) => {
    expect(willQuestion(clause, names)).toBeNull();
  });

  it.each([
    // Controls: "how" after the modal is the verb phrase's, and a plain modal clause is asked as before.
    ['Ministers will decide how the money is spent', 'Will ministers decide how the money is spent?'],
    ['The council would close the depot next year', 'Will the council close the depot next year?'],
  ])('control: "%s"', (clause, expected) => {
    expect(willQuestion(clause, names)).toBe(expected);
  });
});
