import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { firstCited } from '../support/count-answers';

// Audit 54 (session 53), on copy written for these tests in the shapes the audit found.

const nearest = (analysis: ReturnType<typeof analyzeArticle>, question: string): string | undefined => {
  const result = answerQuestion(analysis, question);
  const id = 'nearestId' in result ? result.nearestId : undefined;
  return analysis.sentences.find((s) => s.id === id)?.text;
};

// B-a54-4: "unreported" asked, "never reported" in the clause the copy says is not known.
const care = analyzeArticle(`Care chain faces staffing claims

Inspectors cited Hartwell Homes 41 times last year for poor staffing. Two residents died in falls that inspectors tied to understaffing, according to county records.

Hartwell says it has hired 60 nurses since the spring.

It is not known how many other Hartwell residents were hurt in falls that were never reported to the county. Hartwell did not respond when asked whether it logs such falls.
`);

// B-a54-5: a no-response sentence beside the party's written statement.
const mill = analyzeArticle(`Paper mill fined over spills

The Ardmore Paper mill was fined 12 times in 2023 for spills into the Tarn river, state records show.

In a written statement, Ardmore Paper said it "firmly rejects" the claims and would appeal the fines.

Residents downstream say the water has smelled of sulphur for years.

Ardmore Paper did not respond when asked whether it logs spills internally.
`);

// B-a54-18: a crosshead standing alone as its paragraph.
const road = analyzeArticle(`Road contract under scrutiny

The procurement authority received a request from the ministry in July, its chief, Kofi Osei, said.

Authority position

"The authority has not issued a final approval," Mr Osei said. He said the request was still under review.
`);

// B-a54-6: "when is the vote?" asks for a vote still pending; a past vote on the matter is another one.
const levy = analyzeArticle(`Levy bill splits council

The council is weighing a new levy on second homes.

Members last voted on it in March 2022.

Supporters say the levy would raise $4 million a year.
`);

describe('audit 54 thread answers', () => {
  it('does not date a pending event by a past one of its kind', () => {
    expect(firstCited(levy, 'When is the vote?')).toBe("doesn't say");
    expect(firstCited(levy, 'When was the vote?')).toMatch(/March 2022/);
  });

  it('says the count is not known when the copy says so of the un- word negated', () => {
    const q = 'How many other residents were hurt in unreported falls?';
    expect(firstCited(care, q)).toBe("doesn't say");
    expect(nearest(care, q)).toMatch(/^It is not known how many/);
  });

  it("answers a party's response with its statement, not its silence on another matter", () => {
    for (const q of ["What is Ardmore Paper's response?", 'How did Ardmore Paper respond?'])
      expect(firstCited(mill, q)).toMatch(/^In a written statement/);
  });

  it('never cites a crosshead', () => {
    const cited = answerQuestion(road, 'What did the authority say?').sentenceIds;
    const texts = cited.map((id) => road.sentences.find((s) => s.id === id)?.text);
    expect(texts).not.toContain('Authority position');
    expect(texts.length).toBeGreaterThan(0);
  });
});
