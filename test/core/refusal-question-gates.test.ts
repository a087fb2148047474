import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { isCleanQuestion } from '../../src/core/vet-question';

const questionsOf = (...paragraphs: string[]): string[] =>
  analyzeArticle(paragraphs.join('\n\n')).questions.map((q) => q.text);

it('never asks a list dash or a conjunction to say (audit 54, B-a54-8 and B-a54-9)', () => {
  const bulleted = questionsOf(
    'Data centre deal',
    'Corvane spokesperson Leah Brandt said the company had been open with lawmakers. "We have nothing to hide," Brandt said.',
    '- She declined to say whether Corvane had signed a power purchase agreement with the cooperative.',
  );
  expect(bulleted.join('\n')).not.toMatch(/will\s+-|-\s+She/);
  // The bullet's line is still asked, plainly (sample51b's did-question.ts), not as the dash's or the pronoun's.
  expect(bulleted).toContain('Had Corvane signed a power purchase agreement with the cooperative?');
  const coordinated = questionsOf(
    'Dolphin survey',
    'A spokesman for the harbour department said monitoring had found "no lasting harm" to the dolphins, but did not say whether the survey data would be released.',
  );
  expect(coordinated.join('\n')).not.toMatch(/\bwill but\b/);
  expect(coordinated.some((q) => q.startsWith('Will the survey data be released'))).toBe(true);
});

it('never makes a name inside the held-back clause the refuser of an unresolved pronoun', () => {
  const questions = questionsOf(
    'Data centre deal',
    'Corvane Systems wants a tax break for its data centre. Corvane Systems says the centre will bring jobs.',
    'Leah Brandt met Tom Ruiz on Monday to discuss the data centre.',
    'She declined to say whether Corvane Systems had signed a power purchase agreement with the cooperative.',
  );
  expect(questions.join('\n')).not.toMatch(/will Corvane Systems say/);
});

it('never asks an elliptic "which ones" or a decision on an unresolved clause (B-a54-10)', () => {
  const elliptic = questionsOf(
    'Care home chain',
    'The company said that many of the fines had been "cut on appeal," but did not say which ones.',
  );
  expect(elliptic.join('\n')).not.toMatch(/say which ones\?/);
  const decision = questionsOf(
    'Motion row',
    'The opposition filed a motion on Monday. Under the rules of the House, the Speaker, Ann Boateng, will decide whether it can be debated.',
  );
  expect(decision.join('\n')).not.toMatch(/decision whether it/);
});

it('vets the same shapes in any template', () => {
  const copy =
    'The company said the repairs were done, but did not say how much the repairs cost. The department did not say whether the data would be released.';
  expect(isCleanQuestion('Will the data be released, and will but say?', copy)).toBe(false);
  expect(isCleanQuestion('Is it the case that the data would be released, and will - She say?', copy)).toBe(false);
  expect(isCleanQuestion('Will the company say how much?', copy)).toBe(false);
  // Control: a named refuser and a wh-clause of its own still read.
  expect(isCleanQuestion('Will the data be released, and will the department say?', copy)).toBe(true);
  expect(isCleanQuestion('Will the company say how much the repairs cost?', copy)).toBe(true);
});
