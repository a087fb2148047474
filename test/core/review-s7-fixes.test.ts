import { describe, expect, it } from 'vitest';
import { lowerStart } from '../../src/core/lower-start';
import { roleLeadIn } from '../../src/core/role-lead-in';
import { isOrAre } from '../../src/core/source-questions';
import { isCleanQuestion } from '../../src/core/vet-question';
import { questionProblems } from '../support/question-grammar';

/**
 * Review of engine 19 (s7): a capitalised word before a figure may be a name ("Article 50"); only a
 * word that counts ("About 270 people") loses its capital at a question's splice point.
 */
describe('a name before a figure keeps its capital', () => {
  const none = new Set<string>();

  it('keeps "Article 50", "Proposition 8" and "Section 230" as the copy writes them', () => {
    expect(lowerStart('Article 50 will be triggered by March', none)).toBe('Article 50 will be triggered by March');
    expect(lowerStart('Proposition 8 will pass', none)).toBe('Proposition 8 will pass');
    expect(lowerStart('Section 230 could be repealed', none)).toBe('Section 230 could be repealed');
  });

  it('still lowers a counting opener before a figure', () => {
    expect(lowerStart('About 270 people will be moved', none)).toBe('about 270 people will be moved');
    expect(lowerStart('More than 40 staff will go', none)).toBe('more than 40 staff will go');
    expect(lowerStart('Nearly $5 million was spent', none)).toBe('nearly $5 million was spent');
  });

  it('the reader calls a lower-cased numbered name an altered word, and passes a lowered counting word', () => {
    const copy = 'Article 50 will be triggered by March, officials say. About 270 people will be moved.';
    expect(questionProblems('Which officials say article 50 will be triggered by March?', copy)).toContain(
      'altered word article',
    );
    expect(questionProblems('Which officials say Article 50 will be triggered by March?', copy)).toEqual([]);
    expect(questionProblems('Can a named source confirm that about 270 people will be moved?', copy)).toEqual([]);
  });
});

describe('the splice rules read structure, not one sample sentence', () => {
  const names = new Set(['Price']);
  const copy =
    'Supply chains will recover by spring, the minister said. Price publicly dismissed the report. Residents who know the river will be moved. Price strategists think residents will be the key.';

  it('passes a noun in -ly after the modal and a relative clause with a verb of knowing', () => {
    expect(isCleanQuestion('Will supply chains recover by spring?', copy, '', names)).toBe(true);
    expect(isCleanQuestion('Will residents who know the river be moved?', copy, '', names)).toBe(true);
  });

  it('still rejects an adverb in the subject slot and a reported clause spliced after "think"', () => {
    expect(isCleanQuestion('Why does publicly dismiss the report?', copy, '', names)).toBe(false);
    expect(isCleanQuestion('Will Price strategists think residents be the key?', copy, '', names)).toBe(false);
  });
});

describe('a role keeps its organisation acronyms', () => {
  it('keeps "UN WFP" and drops a headline set in capitals', () => {
    expect(roleLeadIn('UN WFP Executive Director')).toBe('UN WFP Executive Director');
    expect(roleLeadIn('KILLED IN DEADLY ISTANBUL EXPLOSION Turkish President')).toBe('Turkish President');
  });
});

describe('broken splices the review found are shown as passages', () => {
  const names = new Set(['Price']);
  const copy =
    'When asked by a reporter whether the cuts would hit schools, the mayor, who took office in May, said no decision had been made. The agency was reportedly warned in 2019 that the barrier would fail. Critics say the plan, which would cost $4.5 billion, is unaffordable. The bank denied wrongdoing, a denial by Reuters reported.';

  it('rejects an aside cut before the verb, "that" twice and a claim cut before its verb', () => {
    const aside =
      'Can anyone besides people familiar with the talks confirm that the mayor, said no decision had been made?';
    expect(isCleanQuestion(aside, copy, '', names)).toBe(false);
    expect(isCleanQuestion('Can it be confirmed that in 2019 that the barrier would fail?', copy, '', names)).toBe(
      false,
    );
    expect(isCleanQuestion('Which critics say the plan, and can they be named?', copy, '', names)).toBe(false);
    expect(isCleanQuestion('Does the evidence bear out the denial by The bank of wrongdoing?', copy, '', names)).toBe(
      false,
    );
  });

  it('passes the same frames when the clause is whole', () => {
    expect(
      isCleanQuestion('Can a named source confirm that the mayor said no decision had been made?', copy, '', names),
    ).toBe(true);
    expect(
      isCleanQuestion(
        'Can it be confirmed that the agency was warned in 2019 that the barrier would fail?',
        copy,
        '',
        names,
      ),
    ).toBe(true);
    expect(isCleanQuestion('Which critics say the plan is unaffordable, and can they be named?', copy, '', names)).toBe(
      true,
    );
    expect(isCleanQuestion('Does the evidence bear out the denial by Reuters of wrongdoing?', copy, '', names)).toBe(
      true,
    );
  });

  it('asks "Are" of a capitalised common plural and "Is" of a name ending in s', () => {
    expect(isOrAre('Ministers')).toBe('Are');
    expect(isOrAre('Critics')).toBe('Are');
    expect(isOrAre('Sanders', new Set(['Sanders']))).toBe('Is');
  });
});
