import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// ux33 (review s32 B-main-36): in Q/A interview copy the interviewer's "Q:" line was cited as the answer. Written copy.
const INTERVIEW = `Interview: the schools minister on class sizes

Schools minister Helen Carr spoke to us on Monday about class sizes, teachers' workload and the new exams.

Q: Will class sizes come down this year?

A: They will. We expect the average primary class to be two pupils smaller by September, because 900 new teachers start in the summer term.

Q: What do you say to teachers who say the workload is too heavy? Are they wrong?

A: They are right to raise it. We are cutting the marking guidance by half from January.

Q: And will the new exams go ahead in June?
`;

const analysis = analyzeArticle(INTERVIEW);
const cited = (question: string) => {
  const result = answerQuestion(analysis, question);
  return result.sentenceIds.map((id) => analysis.sentences.find((s) => s.id === id)!.text);
};

describe('an interviewer’s question turn is never the answer', () => {
  it('cites the answer turn after the question, with its next sentence when the turn is bare', () => {
    const sizes = cited('will class sizes come down?');
    expect(sizes.join(' ')).not.toMatch(/^Q:/);
    expect(sizes[0]).toBe('A: They will.');
    expect(sizes[1]).toMatch(/^We expect the average primary class to be two pupils smaller/);
  });

  it('reads the whole question turn as the interviewer’s, past its first sentence', () => {
    const wrong = cited('are teachers wrong about the workload?');
    expect(wrong.join(' ')).not.toMatch(/What do you say|Are they wrong/);
    expect(wrong[0]).toBe('A: They are right to raise it.');
  });

  it('cites nothing for a question turn with no answer after it', () => {
    const exams = answerQuestion(analysis, 'will the new exams go ahead in June?');
    expect(exams.answer ?? '').not.toMatch(/^Q:/);
  });

  it('controls (same on main): an answer turn ranked first, and a quoted question in ordinary copy, stay cited', () => {
    expect(cited('how many new teachers start in the summer term?')[0]).toMatch(/900 new teachers/);
    const copy = `Council to vote on ferry fares

Councillors will vote on Thursday on a 4% rise in ferry fares from April.

"Why should islanders pay for the council's mistakes?" asked Councillor Ann Leigh, who chairs the transport committee.

The operator, Coastline Shipping, said fuel had cost far more than it planned for.
`;
    const ferry = analyzeArticle(copy);
    const chair = answerQuestion(ferry, 'who chairs the transport committee?');
    expect(chair.answer).toMatch(/who chairs the transport committee/);
  });

  it('reads turns set one a line, with no blank line between them (review s33 B-ux33-3)', () => {
    const lined = analyzeArticle(INTERVIEW.replace(/\n\n(?=[QA]:)/g, '\n'));
    const result = answerQuestion(lined, 'will class sizes come down?');
    const first = lined.sentences.find((s) => s.id === result.sentenceIds[0])!.text;
    expect(first).toBe('A: They will.');
  });
});
