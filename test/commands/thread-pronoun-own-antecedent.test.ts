import { expect, test } from 'vitest';
import { threadPronoun } from '../../commands/thread-pronoun';
import { analyzeArticle } from '../../src/core/analyze-article';

// Final read of session 39: a question that names its own antecedent ("Did Tom Reed say he would resign?") had its
// "he" replaced by the man the thread's last answer cited. Invented copy: two men quoted.
const analysis = analyzeArticle(`Depot plan delayed

Councillors in Wexbury delayed a decision on the bus depot on Tuesday.

"We need another month to read the consultation," said council leader Owen Petrie.

Opposition leader Tom Reed said the delay was "a failure of nerve".

A decision is now expected in March.
`);
const petrie = analysis.sentences.filter((s) => s.text.includes('another month'));

test('a question naming its own person keeps its pronoun; a bare pronoun takes the last answer’s speaker', () => {
  expect(petrie).toHaveLength(1);
  expect(threadPronoun('Did Tom Reed say he would resign?', analysis, petrie)).toBeUndefined();
  expect(threadPronoun('Did Reed say he would resign?', analysis, petrie)).toBeUndefined();
  expect(threadPronoun('what did he say?', analysis, petrie)).toMatchObject({ name: 'Owen Petrie' });
  expect(threadPronoun('Did he say when the decision is due?', analysis, petrie)).toMatchObject({
    question: 'Did Owen Petrie say when the decision is due?',
  });
});
