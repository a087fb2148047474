import { expect, test } from 'vitest';
import { doesTheAct } from '../../commands/does-the-act';
import { analyzeArticle } from '../../src/core/analyze-article';
import { useConsoleStory } from '../support/console-story';

// Session 44 (issue 12): the act check read a doer only before its verb, so "Tom Reed, who signed the contract in May,
// said …" did not have Reed signing, and "and when?" after "who signed the contract?" was refused. A subject relative
// ("who"/"which"/"that" with the verb straight after it) has its antecedent do the act; when another subject stands
// between ("the board, which Ruth Hale chairs", "the company that Reed runs"), the antecedent is the object and does
// not. Invented copy: a harbour's dredging contract.
const DREDGING = `Harwick harbour dredging to start in June

Harbour master Tom Reed, who signed the dredging contract in May, said the work would start in June.

The harbour board, which Ruth Hale chairs, approved the contract in April.

The ferry company that Reed runs will pay a third of the cost.

The trustees who approved the plan met on Monday.
`;

const consoleSays = useConsoleStory({ copy: DREDGING, brief: '/brief harwick dredging' });

test('"and when?" after "who signed …?" whose answer has the doer in a relative clause: asked of that person', async () => {
  const [, , when] = await consoleSays(['who signed the dredging contract?', 'and when?']);
  expect(when).toMatch(
    /Taking “and when\?” as “when did Tom Reed sign the dredging contract\?”, after the last question\./,
  );
  expect(when).toMatch(/who signed the dredging contract in May/);
});

test('control: an antecedent with another subject in its relative clause does not do the act', async () => {
  const [, , board, , company] = await consoleSays([
    'why does Ruth Hale chair the harbour board?',
    'what about the board?',
    'why does Reed run the ferry company?',
    'what about the company?',
  ]);
  expect(board).toMatch(/it doesn't have the board doing what the last question asked/);
  expect(company).toMatch(/it doesn't have the company doing what the last question asked/);
});

test('the act check reads subject relatives, set off by commas or not, and not object relatives', () => {
  const analysis = analyzeArticle(DREDGING);
  expect(doesTheAct(analysis, 'Tom Reed', 'sign')).toBe(true);
  expect(doesTheAct(analysis, 'the trustees', 'approve')).toBe(true);
  // Controls: the relative's own subject does the act; its antecedent, the object, does not.
  expect(doesTheAct(analysis, 'Ruth Hale', 'chair')).toBe(true);
  expect(doesTheAct(analysis, 'the board', 'chair')).toBe(false);
  expect(doesTheAct(analysis, 'the company', 'run')).toBe(false);
});
