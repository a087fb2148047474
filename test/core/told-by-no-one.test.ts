import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// fix59b, session 59: "Who <told/warned>…?" over an agentless passive ("we were warned …"), which names the one told
// and not the teller (audit 60's B-a60-4). Composed copy.
const depot = (...lines: string[]) =>
  analyzeArticle(['Bus depot to shut next spring', ...lines].join('\n\n'), { title: 'Bus depot to shut next spring' });

describe('who did the act, over an agentless passive', () => {
  const quote = '"We were warned the depot would shut before the vote was even taken," drivers\' rep Ola Brandt said.';
  const refusal = 'Asked who she thought had given those warnings, she declined to say.';

  it('declines, with the refusal to say who as the nearest line', () => {
    const a = depot(quote, 'The transport board will vote again in March.', refusal);
    const r = answerQuestion(a, 'Who warned the drivers the depot would shut?');
    expect(r).toMatchObject({ answer: null });
    expect(r.answer === null ? r.nearestId : undefined).toBe(a.sentences.find((s) => s.text === refusal)!.id);
  });

  it('cites the sentence that says who did it actively (control)', () => {
    const a = depot(quote, 'Board chair Tim Ocker warned the drivers in January that the depot would shut.');
    const r = answerQuestion(a, 'Who warned the drivers the depot would shut?');
    expect(r.answer).toContain('Tim Ocker');
  });
});
