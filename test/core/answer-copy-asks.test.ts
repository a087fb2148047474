import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { firstCited } from '../support/count-answers';

// Audit 50 (session 49): a question the copy puts, as an interviewer or in reported speech, states nothing about what
// it asks; cited, it gives way to the reply after it. Copy written for these tests.

const interview = analyzeArticle(`Lifeboat coxswain on a winter of rescues

Nia Brennock has been coxswain at Penhallow for nine years. We met her at the station on Friday.

Why did the crew launch so often in January? Was it the weather?

"Mostly fishing boats losing power in the swell, and two walkers cut off by the tide," she said.

What does the station need next?

"A bigger boathouse, if the charity can raise the money," she said.
`);

const library = (ask: string) =>
  analyzeArticle(`Library opening hours under review

The county's libraries chief, Owen Farrant, ${ask} Sunday opening would end in the spring.

"Nothing has been settled, and we will hear from readers first," he said.

Cutting Sunday hours would save about 90,000 pounds a year, a council report said.
`);

const pier = (ask: string) =>
  analyzeArticle(`Pier repairs questioned at council

At Tuesday's meeting, councillor Bethan Rowe ${ask} the pier repairs had been costed.

The harbour committee will meet again in May.
`);

describe('an interviewer’s question paragraph (B-a50-6)', () => {
  it('gives way to the reply when the paragraph puts two questions', () => {
    expect(firstCited(interview, 'why did the crew launch so often in January?')).toContain('Mostly fishing boats');
  });

  it('control: a one-question paragraph gives way to its reply', () => {
    expect(firstCited(interview, 'what does the station need next?')).toContain('A bigger boathouse');
  });
});

describe('a question the copy reports (B-a50-5)', () => {
  it('cites the reply after "was asked whether …", not the asking', () => {
    expect(firstCited(library('was asked on Thursday whether'), 'will Sunday opening end in the spring?')).toContain(
      'Nothing has been settled',
    );
  });

  it('says nothing when no reply follows the asking', () => {
    expect(firstCited(pier('asked whether'), 'have the pier repairs been costed?')).toBe("doesn't say");
  });

  it('control: the same sentences stating the clause still answer', () => {
    expect(firstCited(pier('said'), 'have the pier repairs been costed?')).toContain('Rowe said the pier repairs');
    expect(firstCited(library('said on Thursday that'), 'will Sunday opening end in the spring?')).toContain(
      'said on Thursday that Sunday opening',
    );
  });
});
