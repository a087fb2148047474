import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { firstCited } from '../support/count-answers';

// ans77b, session 56 (issue 12): "which company built X?" was declined over the sentence saying X was built, with the
// firm named just after in apposition to a noun for the one who builds ("The contractor, <Firm>, …"). Composed copy.
const bridge = analyzeArticle(
  [
    'New footbridge opens over the Wend',
    'The new footbridge over the River Wend opened to walkers on Saturday, two years late and £3m over budget.',
    'The bridge was built to replace a crossing swept away in the 2019 floods, the council said.',
    'The contractor, Brennick Engineering Ltd, said the delays were caused by a shortage of steel.',
    'Councillor Jo Baines said the town was glad to have its crossing back.',
  ].join('\n\n'),
);

describe('a firm named in apposition to the doer of the asked act', () => {
  it('answers "which company built…?" (a contractor is a builder in WordNet)', () => {
    expect(firstCited(bridge, 'Which company built the footbridge?')).toBe(
      'The contractor, Brennick Engineering Ltd, said the delays were caused by a shortage of steel.',
    );
  });

  it('does not answer another act: the contractor is not who maintains it (control)', () => {
    expect(firstCited(bridge, 'Which company will maintain the bridge?')).toBe("doesn't say");
  });
});
