import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { pronounNames } from '../../src/core/answer-pronoun-name';
import { firstCited } from '../support/count-answers';

// Copy names a person once and goes on with "he" or "she": the 808's "which NFL team is Christie actually a fan of?"
// ranked "However, he is better known as a … fan" under a sentence naming Christie that did not answer. A pronoun
// whose antecedent the copy makes plain (its gender, one person of it named just before) now counts as the asked
// name in a sentence already on the question's matter, for the ranking only. Composed copy.
const ferry = analyzeArticle(`Harbour chief backs Harwick ferry plan

By Ana Cole

Councillor Helen Marsh, who chairs the harbour board, spoke about the ferry plan at the town hall on Monday.

Marsh said the board would publish the ferry timetable in the spring.

The route would link Harwick with Dunmore twice a day from June.

Away from the harbour, she is a keen supporter of Harwick Rovers and rarely misses a home match.

Fuel costs for the route have not yet been agreed.
`);
const rovers = 'Away from the harbour, she is a keen supporter of Harwick Rovers and rarely misses a home match.';

// Two women named side by side before the pronoun: "she" may be either, so it stands for neither.
const pair = analyzeArticle(`Harbour chief backs Harwick ferry plan

By Ana Cole

Councillor Helen Marsh, who chairs the harbour board, spoke about the ferry plan at the town hall on Monday.

Marsh said the board would publish the ferry timetable in the spring, and her deputy, Mrs Grace Obi, agreed.

Away from the harbour, she is a keen supporter of Harwick Rovers and rarely misses a home match.

Fuel costs for the route have not yet been agreed.
`);

describe('a pronoun standing for the asked person', () => {
  it('"which club does Helen Marsh support?" cites the "she" sentence, not the one only naming her', () => {
    expect(firstCited(ferry, 'which club does Helen Marsh support?')).toBe(rovers);
  });

  it('reads "she" after the one woman named in the sentence before', () => {
    const read = pronounNames(ferry, new Set(['marsh']));
    expect(ferry.sentences.filter((_, i) => read[i]).map((s) => s.text)).toEqual([rovers]);
  });

  it('control: two women named just before leave the pronoun unread', () => {
    expect(pronounNames(pair, new Set(['marsh'])).some(Boolean)).toBe(false);
  });

  it('control: a question the copy answers by name still cites that sentence', () => {
    expect(firstCited(ferry, 'when will Marsh publish the ferry timetable?')).toBe(
      'Marsh said the board would publish the ferry timetable in the spring.',
    );
  });

  it('control: an unanswered question stays unanswered beside the pronoun', () => {
    expect(firstCited(ferry, 'how much does Helen Marsh earn?')).toBe("doesn't say");
  });
});
