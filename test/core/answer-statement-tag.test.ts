import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { speakerSentences } from '../../src/core/answer-speaker';

// Review s26 B-ans28-1: a statement whose tag subject is a description ("The inspector said…") is
// credited by the speaker layer to the last named person (B-main-18), and "what did X say?" then gave
// it as X's words. Composed copy: a named official, a description-tagged statement, a pronoun tag.
const depot = analyzeArticle(`Bus depot to close after safety review

Northline Buses will close its Eastgate depot next month, the operator confirmed on Thursday.

It is not known whether the depot's manager, Clare Dunn, will move to the new site. A survey in June found cracks in the roof.

The inspector said her findings would be published after the directors had read them. Drivers will be offered transfers.

Ms Dunn said the staff had been "badly let down".

Councillor Owen Price welcomed the closure. He said the site could be turned into housing within two years.
`);

const first = (analysis: Analysis, question: string): string => {
  const result = answerQuestion(analysis, question);
  const id = result.sentenceIds[0];
  return analysis.sentences.find((s) => s.id === id)?.text ?? '';
};

describe('"what did X say?" cites a reported statement only when its tag credits X', () => {
  it('does not give a description-tagged statement as the last named person’s words', () => {
    expect(first(depot, 'what did Clare Dunn say about the findings?')).not.toContain('The inspector said');
  });

  it('no longer counts the description-tagged statement among the named person’s words', () => {
    const theirs = [...speakerSentences(depot, ['clare', 'dunn'], true)].map((i) => depot.sentences[i]!.text);
    expect(theirs.some((t) => t.startsWith('The inspector said'))).toBe(false);
  });

  it('still counts a pronoun tag right after the sentence naming X (control)', () => {
    const theirs = [...speakerSentences(depot, ['owen', 'price'], true)].map((i) => depot.sentences[i]!.text);
    expect(theirs.some((t) => t.startsWith('He said the site'))).toBe(true);
  });

  it('still cites the surname-tagged quote for "Ms <surname>" (control)', () => {
    expect(first(depot, 'what did Ms Dunn say?')).toContain('badly let down');
  });
});

// Review s26 B-ans28-2: the full name asked, "Ms <surname>" written on the quote the analysis credits to her.
describe('"what did <full name> say?" finds the quote tagged "Ms <surname>"', () => {
  it('cites the quote the analysis credits to the person asked by full name', () => {
    expect(first(depot, 'what did Clare Dunn say?')).toContain('badly let down');
  });

  it('cites the "He said…" statement following the sentence naming X, asked by full name', () => {
    expect(first(depot, 'what did Owen Price say about the site?')).toContain('He said the site could be turned');
  });

  it('does not give X’s words off the asked topic for "what did X say about <topic>?" (control)', () => {
    expect(first(depot, 'what did Clare Dunn say about the roof?')).not.toContain('badly let down');
  });
});

// ans28's class (B-main-3): a statement whose tag names X is still X's words.
const flynn = analyzeArticle(`Trump backs immunity request

WASHINGTON — Earlier in the day, Trump stated via Twitter on Friday that Flynn should ask for immunity because the investigations are a witch hunt.

"He believes Flynn should go testify," White House spokesman Sean Spicer said of the president.

The committees have not said whether they will grant the request.
`);

describe('ans28 control: a statement whose own tag names X', () => {
  it('cites Trump’s statement via Twitter for "what did Trump say?"', () => {
    expect(first(flynn, 'what did Trump say?')).toContain('Trump stated via Twitter');
  });
});
