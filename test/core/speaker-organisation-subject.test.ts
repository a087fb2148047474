import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { tagAfter, tagBefore } from '../../src/core/quote-tags';

const LEAD = 'Donald Trump spoke to Barack Obama at the rally on Monday.';
const speakers = (body: string): Array<string | null> =>
  analyzeArticle(`Headline\n\n${LEAD} ${body} The meeting ended soon after.`).quotes.map((q) => q.speaker ?? null);

describe('an organisation that is the speech verb’s own subject speaks', () => {
  it('keeps the shapes the rules already read: said, said it would, according to', () => {
    expect(
      speakers('The White House said in a statement on Monday, "The president has full confidence in the team."'),
    ).toEqual(['the White House']);
    expect(
      speakers('"We look forward to debating the issues in every state next month," the Clinton campaign said.'),
    ).toEqual(['the Clinton campaign']);
    expect(
      speakers(
        'The Justice Department said it would "review the matter closely and act on whatever the facts require."',
      ),
    ).toEqual(['the Justice Department']);
    expect(
      speakers(
        'According to the Pentagon, "the strike was carried out in line with the rules and killed no civilians."',
      ),
    ).toEqual(['the Pentagon']);
  });

  it('reads "reported" as the tag of an organisation that is its subject, before or after the quotation', () => {
    expect(tagAfter(', the New York Times reported Monday in its story on the interview.', 0)).toMatchObject({
      kind: 'phrase',
      text: 'the New York Times',
    });
    expect(tagBefore('Fox News reported on Thursday that ', 0)).toMatchObject({ kind: 'phrase', text: 'Fox News' });
    expect(
      speakers(
        '"Obama argued that the scorn directed at him stems from the fact that he is the first black president," the New York Times reported Monday in its story.',
      ),
    ).toEqual(['the New York Times']);
    expect(
      speakers(
        'Fox News reported on Thursday that "agents are looking at the code, which covers false statements by employees."',
      ),
    ).toEqual(['Fox News']);
  });

  it('never cuts the organisation’s name, and a department is never a person whose role mentions one', () => {
    const { quotes } = analyzeArticle(
      'Headline\n\nHillary Clinton, who ran the State Department, left office in January. In May 2013, the State Department told CREW that "no records responsive to your request were located." The meeting ended soon after.',
    );
    expect(quotes.map((q) => q.speaker ?? null)).toEqual(['the State Department']);
  });

  it('gives a person in that position the words, and "reported" by a person or with no organisation stays no tag', () => {
    // The person is the speech verb's subject: the outlet is where it was reported.
    expect(
      speakers('Trump said: "There will always be exceptions to the rule for people like him," the Times reported.'),
    ).toEqual(['Donald Trump']);
    expect(
      speakers('The Times reported that Obama said "the deal is done and the money will flow next week."'),
    ).toEqual(['Barack Obama']);
    // A lower-case subject is no organisation's name: "reported" introduces no quotation there.
    expect(tagBefore('officials reported on Thursday that ', 0)).toBeNull();
    expect(tagAfter(', residents reported Monday in a survey.', 0)).toBeNull();
  });

  it('gives nothing to an organisation mentioned but not the subject, and keeps "a spokesman for X" whole', () => {
    expect(speakers('Trump met officials from the White House on Monday. "We will win," he said.')).toEqual([
      'Donald Trump',
    ]);
    expect(
      speakers('A spokesman for the Clinton campaign said: "We are confident about the result in Nevada next week."'),
    ).toEqual(['A spokesman for the Clinton campaign']);
  });
});
