import { describe, expect, it } from 'vitest';
import { printedSpeaker, speakerRules } from './speaker-rules';

/**
 * Issue 11: a quotation inside a clause whose subject the rules did not pass to it. The reported clause's verb is
 * inside the quotation ("Doyle said he "may …""), or the quotation follows a participle ("…, saying she "has …"").
 */
describe('a reported clause whose verb is inside the quotation', () => {
  it.each([
    ['Karen Doyle said he "may yet vote against the budget in June."', 'may yet', 'Karen Doyle'],
    [
      'Karen Doyle said older people in the town "have waited long enough for a new bridge."',
      'have waited',
      'Karen Doyle',
    ],
    [
      'The union officials insisted that the mayor "must answer for the delays before the summer."',
      'must answer',
      'the union officials',
    ],
  ])('%s', (body, start, speaker) => {
    expect(speakerRules(body, start)).toEqual([speaker, 'clause-speech']);
  });

  it('prints the subject of the reporting verb, not the one inside the clause', () => {
    const body = 'The union officials insisted that the mayor "must answer for the delays before the summer."';
    expect(printedSpeaker(`Mayor Alan Price met the union on Friday.\n\n${body}`, 'must answer')).toBe(
      'the union officials',
    );
  });

  it('controls: a quotation the verb introduces directly, and a clause with its own verb', () => {
    expect(speakerRules('Karen Doyle said: "We may yet vote against it."', 'We may')).toEqual([
      'Karen Doyle',
      'tag-before',
    ]);
    expect(speakerRules('Karen Doyle said it was "far too slow to act."', 'far too')).toEqual([
      'Karen Doyle',
      'clause-speech',
    ]);
  });
});

describe('a quotation after a participle takes the subject of the clause it hangs on', () => {
  const lead = 'Karen Doyle, who chairs the finance committee, questioned the ferry contract on Monday.';

  it('any short clause may follow the participle', () => {
    const body = `${lead} Tom Reid, the contractor, hit back at Doyle on Tuesday, saying she "has never once visited the shipyard."`;
    expect(speakerRules(body, 'has never')).toEqual(['Tom Reid', 'tag-before']);
    expect(printedSpeaker(body, 'has never')).toBe('Tom Reid');
  });

  it('after a tag between commas or after a quotation, the tag is the clause', () => {
    expect(
      speakerRules(
        `${lead} Doyle called the contract a mistake, Tom Reid added, saying, "It was signed by her committee."`,
        'It was',
      ),
    ).toEqual(['Tom Reid', 'tag-before']);
    expect(
      speakerRules(
        `${lead} Doyle said the deal was "a mistake," Tom Reid added, saying, "It was signed by her committee."`,
        'It was',
      ),
    ).toEqual(['Tom Reid', 'tag-before']);
  });

  it('a tag with a title stop, NYT style (review s33 B-clause44-1)', () => {
    const body = `${lead} Ms. Doyle called the contract a mistake, Mr. Reid added, saying it was "a gift to the yard."`;
    expect(printedSpeaker(body, 'a gift')).toBe('Reid');
  });

  it('controls: the clause itself, and a title that does not end the clause', () => {
    expect(
      speakerRules(`${lead} Tom Reid hit back at Doyle on Tuesday, saying, "She never visited."`, 'She never'),
    ).toEqual(['Tom Reid', 'tag-before']);
    expect(
      speakerRules(
        `${lead} Tom Reid posted a report called "Harbour Works" on his website, writing, "Read it all."`,
        'Read it',
      ),
    ).toEqual(['Tom Reid', 'tag-before']);
  });
});
