import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { tagAfter } from '../../src/core/quote-tags';
import { tagBefore } from '../../src/core/tag-before';

const LEAD = 'Donald Trump spoke to Barack Obama at the rally on Monday.';
const speakers = (body: string, lead = LEAD): Array<string | null> =>
  analyzeArticle(`Headline\n\n${lead} ${body} The meeting ended soon after.`).quotes.map((q) => q.speaker ?? null);

/** Copy and the one speaker each quotation in it should get. */
const expectSpeakers = (rows: Array<[string, string]>): void => {
  for (const [body, speaker] of rows) expect(speakers(body), body).toEqual([speaker]);
};

describe('an organisation that is the speech verb’s own subject speaks', () => {
  it('names the body, whole, in the shapes the rules read: said, said it would, according to', () => {
    expectSpeakers([
      [
        'The White House said in a statement on Monday, "The president has full confidence in the team."',
        'the White House',
      ],
      [
        '"We look forward to debating the issues in every state next month," the Clinton campaign said.',
        'the Clinton campaign',
      ],
      [
        'The Justice Department said it would "review the matter closely and act on whatever the facts require."',
        'the Justice Department',
      ],
      [
        'According to the Pentagon, "the strike was carried out in line with the rules and killed no civilians."',
        'the Pentagon',
      ],
    ]);
  });

  it('never makes a department a person whose role mentions one', () => {
    const lead = 'Hillary Clinton, who ran the State Department, left office in January.';
    expect(
      speakers(
        'In May 2013, the State Department told CREW that "no records responsive to your request were located."',
        lead,
      ),
    ).toEqual(['the State Department']);
  });

  it('gives a person in that position the words; "reported" is a tag only right before the sentence ends', () => {
    // The outlet that reported it is a relay, never the speaker; since session 56 a relayed quotation credits no one
    // (relayed-quote.ts: the annotation credits the relay, and an outlet is never shown saying first-person words).
    expect(
      speakers('Trump said: "There will always be exceptions to the rule for people like him," the Times reported.'),
    ).toEqual([null]);
    expectSpeakers([
      ['The Times reported that Obama said "the deal is done and the money will flow next week."', 'Barack Obama'],
      // A person beside the body, and a body only mentioned: the person speaks, the body gets nothing.
      [
        'Josh Earnest, a spokesman for the White House, said: "The president will sign the bill this week."',
        'Josh Earnest',
      ],
      ['Trump met officials from the White House on Monday. "We will win the state," he said.', 'Donald Trump'],
      // "a spokesman for X" stays the rules' whole description, as before.
      [
        'A spokesman for the Clinton campaign said: "We are confident about the result in Nevada next week."',
        'a spokesman for the Clinton campaign',
      ],
    ]);
    // "reported" introduces no quotation, and names its subject only when nothing follows it (the
    // thirtieth round in docs/evaluation.md measured more, not shipped).
    expect(tagAfter(', The Hill reported.', 0)).toMatchObject({ kind: 'phrase', text: 'The Hill' });
    expect(tagBefore('officials reported on Thursday that ', 0)).toBeNull();
    expect(tagAfter(', residents reported Monday in a survey.', 0)).toBeNull();
  });
});
