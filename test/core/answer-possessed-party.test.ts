import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Issue 12 (s30): "the council's finance committee" asks about the committee; the council's own act is
// another party's. Composed copy.
const lines = (committee: string) =>
  analyzeArticle(
    [
      'Council approves new bus depot',
      'The county council on Tuesday approved a plan to build a bus depot on the former gasworks site in Millbrook.',
      'Councillors voted 31 to 12 in favour of the scheme, which will cost £14m.',
      'Residents had asked the council to reject the plan, saying the depot would bring noise and traffic.',
      'Former mayor Dan Flynn wrote to the council last week urging members to support it. In his letter, Flynn said the depot would bring 200 jobs to the area.',
      committee,
      'Obama-era rules on emissions mean the buses must be electric, the council said.',
    ].join('\n\n'),
  );

describe("answerQuestion: a possessor's party", () => {
  const warned = lines("The council's finance committee had warned that the cost could rise if work is delayed.");

  it("does not answer with the possessor's act, and points at what the article says of the party", () => {
    const result = answerQuestion(warned, "Did the council's finance committee approve the plan?");
    expect(result.answer).toBeNull();
    if (result.answer !== null) return;
    expect(warned.sentences.find((s) => s.id === result.nearestId)?.text).toContain('finance committee');
  });

  it('cites the sentence where the party does the act (control)', () => {
    const approved = lines("In March the council's finance committee approved the budget for the scheme.");
    expect(answerQuestion(approved, "Did the council's finance committee approve the plan?").answer).toMatch(
      /^In March/,
    );
  });

  it("still answers the possessor's own act and the party's other acts (controls)", () => {
    expect(answerQuestion(warned, 'Did the council approve the plan?').answer).toContain('county council');
    expect(answerQuestion(warned, "Did the council's finance committee warn about the cost?").answer).toContain(
      'had warned',
    );
  });
});
