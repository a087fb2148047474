import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { namesInApposition } from '../../src/core/answer-apposition';
import { answerQuestion } from '../../src/core/answer-question';
import { contentTerms } from '../../src/core/tokenize-words';

// Review s26 B-main-1: a hedge ("it is not clear whether …") about what someone will do is not a hedge
// about who they are. Composed copy: the ferry sample's shape with other words, both orders of apposition.
const harbour = analyzeArticle(`Town council backs new harbour plan

The town council approved a new harbour plan on Tuesday after a long debate about its cost.

It is not clear whether the current harbourmaster, Peter Lund, will stay in post after the summer. The council said talks about the post were continuing.

It remains unclear whether Maria Costa, the ferry company's chief engineer, will join the new harbour board.

It is not clear who the new chair of the harbour trust will be.

Residents welcomed the plan, which includes a longer ferry pier and a new fish market.
`);

const textOf = (analysis: Analysis, id: number | undefined): string =>
  analysis.sentences.find((s) => s.id === id)?.text ?? '';

describe('"who is the <noun>?" over a hedged sentence naming the noun in apposition', () => {
  it('answers with the sentence naming the role-holder after the noun ("the current harbourmaster, Peter Lund,")', () => {
    const result = answerQuestion(harbour, 'who is the current harbourmaster?');
    expect(result.answer).toContain('Peter Lund');
  });

  it('answers with the sentence naming the role-holder before the noun ("Maria Costa, the … chief engineer,")', () => {
    const result = answerQuestion(harbour, 'who is the chief engineer?');
    expect(result.answer).toContain('Maria Costa');
  });

  it('still says the article does not know what the hedge is about (control)', () => {
    const result = answerQuestion(harbour, 'will the harbourmaster stay in post?');
    expect(result.answer).toBeNull();
    if (result.answer !== null) return;
    expect(textOf(harbour, result.nearestId)).toContain('Peter Lund');
  });

  it('still abstains when the hedged sentence names nobody for the noun (control)', () => {
    const result = answerQuestion(harbour, 'who is the new chair of the harbour trust?');
    expect(result.answer).toBeNull();
  });
});

describe('namesInApposition', () => {
  const heads = new Set(contentTerms('harbourmaster'));
  const sentence = 'It is not clear whether the current harbourmaster, Peter Lund, will stay.';

  it('reads identity questions only', () => {
    expect(namesInApposition('who is the harbourmaster?', heads, sentence)).toBe(true);
    expect(namesInApposition('who will replace the harbourmaster?', heads, sentence)).toBe(false);
  });

  it('needs a capitalised name beside the asked noun, not any clause after a comma', () => {
    const q = 'who is the harbourmaster?';
    expect(namesInApposition(q, heads, 'It is not clear whether the harbourmaster, however, will stay.')).toBe(false);
    expect(namesInApposition(q, heads, 'It is not clear whether the pilot, Peter Lund, will stay.')).toBe(false);
  });

  it('reads "<Name>, <role> of …" without an article as apposition (issue 12, review s27 B-main-1)', () => {
    const q = 'who is the treasurer of the club?';
    const treasurer = new Set(contentTerms('treasurer'));
    expect(namesInApposition(q, treasurer, 'Ben Ade, treasurer of the rowing club, said it would appeal.')).toBe(true);
    // Control: a comma before a role word that names nobody.
    expect(namesInApposition(q, treasurer, 'The club, treasurer of nothing, said it would appeal.')).toBe(false);
  });
});
