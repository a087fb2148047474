import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { counts, firstCited } from '../support/count-answers';

// Review s42 B-r42-3: "how many pupils …?" against "64 children …" said the article doesn't say, because a
// larger count of a class pupils are filed under ("2,500 people a day") stood elsewhere. Pupils and children are
// siblings under person in WordNet: a count of one person noun does not mark the sentence as lacking the count asked
// (it is still no evidence for it: "a dozen governors" is no count of Syrians). Invented copy.
const trip = analyzeArticle(`Museum visit called off after coach breakdown

The Lanford bus depot has carried 2,500 people a day since the new timetable began in April, the operator said.

64 children from Oakbrook Primary were due to visit the science museum on Thursday, the school said.

The coach firm said a replacement vehicle could not be found in time.
`);

const refugees = analyzeArticle(`Refugee families find homes in Lanford

Lanford has taken in refugee families from three countries since the programme began, the city said.

More than a dozen governors joined the senator on Monday in trying to keep refugees out of their states.

Local churches have collected furniture and clothes for the new arrivals.
`);

describe('a count of people under a sibling name', () => {
  it('reads children as the pupils or students asked about', () => {
    expect(firstCited(trip, 'How many pupils were due to visit the museum?')).toContain('64 children');
    expect(firstCited(trip, 'How many students were due to visit the museum?')).toContain('64 children');
  });

  it('control: a sibling is no count of the asked noun, and a count of things counts no people', () => {
    expect(counts('64 children from Oakbrook Primary were due to visit', 'how many pupils were due to visit?')).toBe(
      false,
    );
    expect(counts('The depot sent 12 buses to the museum', 'how many pupils went to the museum?')).toBe(false);
    expect(counts('64 children from Oakbrook Primary were due to visit', 'how many buses were due?')).toBe(false);
    // Holders of a post counted are no count of the people asked about.
    expect(firstCited(refugees, 'How many refugees have settled in Lanford?')).toBe("doesn't say");
  });
});
