import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { saysVenue } from '../../src/core/says-venue';

// Issue 12 (ans55): the medium named after a verb of saying ("wrote on Facebook", "said in a tweet") was no venue for
// a where-question, since WordNet lacks the social-media senses and the venue reader wanted a venue noun; and "in a
// couple of weeks" read as a venue ("couple" is a gathering in WordNet). Invented copy: a British lido story.
const lido = analyzeArticle(`Lido to stay shut

The Brackley lido will not reopen this summer, its operator has confirmed.

Councillor Dana Whitfield, who chairs the trust that runs it, defended the closure, saying the 1930s pool needed a new filter system.

"We have run out of road with this filter," Ms Whitfield wrote on Facebook on Sunday.

Swimmers have campaigned for two years to save the pool.

Trust member Colin Hart said in a tweet that the decision was "heartbreaking but right".

The trustees will decide whether to sell the site in a couple of weeks.

The trust's accounts show it lost £80,000 last year.
`);

function firstCited(analysis: Analysis, question: string): string | null {
  const result = answerQuestion(analysis, question);
  if (result.answer === null || result.sentenceIds.length === 0) return null;
  return analysis.sentences.find((s) => s.id === result.sentenceIds[0])?.text ?? null;
}

describe('a where-question answered by the medium something was said on', () => {
  it('cites "wrote on Facebook" (declined before)', () => {
    expect(firstCited(lido, 'where did Whitfield make her case?')).toContain('wrote on Facebook');
  });

  it('cites "said in a tweet", not the sentence saying when the trustees meet', () => {
    expect(firstCited(lido, 'where did Hart give his view of the decision?')).toContain('said in a tweet');
  });

  it('control: a where-question the sentence naming the act answers is answered as before', () => {
    expect(firstCited(lido, 'where did Whitfield defend the closure?')).toContain('defended the closure');
  });
});

describe('saysVenue: a medium after a verb of saying, and a span of time', () => {
  it('reads "on" + a capitalised name and a post noun after a verb of saying or publishing', () => {
    expect(saysVenue('She wrote on Facebook that the pool would close.')).toBe(true);
    expect(saysVenue('He said Tuesday on Channel 4 that it was over.')).toBe(true);
    expect(saysVenue('He said on his Twitter account that it was over.')).toBe(true);
    expect(saysVenue('Hart said in a tweet that it was right.')).toBe(true);
    expect(saysVenue('She posted in a long Instagram post that she was sorry.')).toBe(true);
  });

  it('a noun followed by "of" and a span of time says when, not where', () => {
    expect(saysVenue('The trustees will decide in a couple of weeks.')).toBe(false);
    expect(saysVenue('The site could be sold in a matter of days.')).toBe(false);
  });

  it('controls: a weekday, a month, a holiday or a post with no verb of saying is no venue; a meeting of a body is', () => {
    expect(saysVenue('She said on Monday that the pool would close.')).toBe(false);
    expect(saysVenue('He said on Boxing Day that it was over.')).toBe(false);
    expect(saysVenue('She wrote on March 3 that it was over.')).toBe(false);
    expect(saysVenue('The posts were deleted on Sunday.')).toBe(false);
    expect(saysVenue('The trust posted on Jan. 4 that the pool would close.')).toBe(false);
    expect(saysVenue('The rebels declared war on Freedonia.')).toBe(false);
    // "post-match" is no post (a statement is a venue since ven40, so the noun after it is one that is none).
    expect(saysVenue('She said in a post-match daze that it was over.')).toBe(false);
    expect(saysVenue('He spoke at a meeting of the trust.')).toBe(true);
  });
});
