import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// fix55b, session 55 (audit 56 B-a56-16): "doesn't say" cites the sentence saying the fact is withheld, though its
// subject only points back at the party ("The firm would not say…"). Composed copy.
const story = (last: string) =>
  analyzeArticle(
    [
      'Bridge repairs halted',
      'Repairs to the Amberly bridge were halted on Friday after engineers found cracks in two piers.',
      'Calder Civil Works, the contractor, said it had already bought steel for the new deck from a mill in Leeds.',
      '"We expect to be paid for work already done," its director Ruth Adair said.',
      last,
    ].join('\n\n'),
  );

describe('an anaphoric "would not say how much" as the evidence for doesn\'t say', () => {
  it('is the sentence cited', () => {
    const analysis = story('The firm would not say how much it has spent on the deck so far.');
    const result = answerQuestion(analysis, 'How much has Calder Civil Works spent on the deck?');
    expect(result).toMatchObject({ answer: null, declined: 'not-known' });
    const cited = analysis.sentences.find((s) => 'nearestId' in result && s.id === result.nearestId);
    expect(cited?.text).toContain('would not say how much');
  });

  it('a withheld matter of another kind is not cited (control)', () => {
    const analysis = story('The firm would not say when the repairs would resume.');
    const result = answerQuestion(analysis, 'How much has Calder Civil Works spent on the deck?');
    const cited = analysis.sentences.find((s) => 'nearestId' in result && s.id === result.nearestId);
    expect(cited?.text ?? '').not.toContain('would not say');
  });
});

// ans77b, session 56: "rule" asked, "ruling" said; the paraphrase fold files "ruling" under "decide", so the elided
// "She did not indicate when." after it was not read as withholding the asked act.
describe('an elided "did not indicate when" after the act said as a noun', () => {
  const analysis = analyzeArticle(
    [
      'Mill owner loses first round',
      'A county judge on Monday questioned the mill owner’s plea to stop the sale of the riverside plot.',
      'The judge took the plea under advisement and said she would issue a written ruling. She did not indicate when.',
      'The sale had been set for the spring.',
    ].join('\n\n'),
  );

  it('is cited for "when will the judge rule?"', () => {
    const result = answerQuestion(analysis, 'When will the judge rule?');
    expect(result.answer).toBeNull();
    const cited = analysis.sentences.find((s) => 'nearestId' in result && s.id === result.nearestId);
    expect(cited?.text).toBe('She did not indicate when.');
  });

  it('is not cited for an act the sentence before does not say (control)', () => {
    const result = answerQuestion(analysis, 'When will the judge retire?');
    const cited = analysis.sentences.find((s) => 'nearestId' in result && s.id === result.nearestId);
    expect(cited?.text ?? '').not.toBe('She did not indicate when.');
  });
});
