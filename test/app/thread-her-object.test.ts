import { expect, test } from 'vitest';
import { threadPronoun } from '../../commands/thread-pronoun';
import { analyzeArticle } from '../../src/core/analyze-article';

// Review B-r41-2: the thread's "her" before a determiner, a quantifier or a pronoun (a double-object question: "who
// paid her the fee?") was read as a possessive ("who paid Carol Quist's the fee?"). Invented copy.
const KILN = `Pottery grant row at Eastmere

Eastmere arts council has withdrawn a grant from the town's community kiln.

Carol Quist, who runs the kiln, said the decision would close it by spring.
`;

const analysis = analyzeArticle(KILN);
const quist = analysis.sentences.filter((s) => s.text.startsWith('Carol Quist'));
const asked = (question: string): string | undefined => {
  const read = threadPronoun(question, analysis, quist);
  return read && 'question' in read ? read.question : undefined;
};

test('"her" before a determiner, quantifier or pronoun is the object', () => {
  expect(asked('who paid her the fee?')).toBe('who paid Carol Quist the fee?');
  expect(asked('did the council owe her any money?')).toBe('did the council owe Carol Quist any money?');
  expect(asked('who wrote her this letter?')).toBe('who wrote Carol Quist this letter?');
  expect(asked('did they tell her everything?')).toBe('did they tell Carol Quist everything?');
  expect(asked('did anyone meet her there?')).toBe('did anyone meet Carol Quist there?');
});

test('"her" before a verb’s base and its own object is the object', () => {
  expect(asked('who watched her sign the lease?')).toBe('who watched Carol Quist sign the lease?');
});

test('"her" before a noun stays the possessive (control)', () => {
  expect(asked('what did her letter say?')).toBe("what did Carol Quist's letter say?");
  expect(asked('who read her report?')).toBe("who read Carol Quist's report?");
  expect(asked('will they meet her next week?')).toBe('will they meet Carol Quist next week?');
});
