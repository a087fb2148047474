import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Issue 12 (review B-main-84): a sourced value's next sentence was appended to the answer whenever it was a refusal,
// even a refusal about another matter by another party. Composed copy: a US county story and a British club story.
const county = analyzeArticle(`County buys old rail yard

The county paid $4.1 million for the old rail yard on Elm Street, property records show. Sheriff Dan Price has not said whether the fire at the yard last month was set deliberately.

Commissioners plan to build a park on the site.
`);

const club = analyzeArticle(`Rovers sign Kane on loan

Rovers have signed midfielder Joe Kane on a six-month loan from Ashford City, the club said. Police have not said whether two fans arrested at the weekend will be charged.

Kane, 22, is expected to make his debut on Saturday.
`);

const quarry = analyzeArticle(`Quarry firm seeks a tax cut

Records seen by this paper show Marlow Stone asked the county for a tax cut of $300,000 a year. Marlow Stone declined to comment on the records.

A hearing is set for June.
`);

describe("a refusal is appended to a value's answer only when it is about the value's party", () => {
  it('US copy: the sheriff’s silence on the fire is not part of what the county paid', () => {
    const r = answerQuestion(county, 'how much did the county pay for the rail yard?');
    expect(r.answer).toContain('$4.1 million');
    expect(r.answer).not.toContain('Sheriff');
  });

  it('British copy: the police’s silence on charges is not part of who Rovers signed', () => {
    const r = answerQuestion(club, 'who did Rovers sign?');
    expect(r.answer).toContain('Joe Kane');
    expect(r.answer).not.toContain('Police');
  });

  it('control: the named party’s own refusal beside its figure is still cited with it', () => {
    const r = answerQuestion(quarry, 'how much of a tax cut did Marlow Stone ask for?');
    expect(r.answer).toContain('$300,000');
    expect(r.answer).toContain('declined to comment');
  });
});
