import { describe, expect, it } from 'vitest';
import { askedQuestion } from '../../src/core/asked-question';
import { cleanArticle } from '../../src/core/clean-article';
import { possessiveSource } from '../../src/core/possessive-source';
import { quoteSpeakerInputs } from '../../src/core/quote-speaker-inputs';
import { FEATURE_NAMES } from '../../src/core/speaker-feature-names';
import { splitSentences } from '../../src/core/split-sentences';

/**
 * The names the ranker may choose among for each speech quotation, with the fourteenth round's
 * readings (off at analysis time until a model fitted with them ships: docs/evaluation.md).
 */
const candidates = (body: string, sourceReadings = true): string[][] =>
  quoteSpeakerInputs(splitSentences(cleanArticle(`Headline\n\n${body}`, {})), { sourceReadings })
    .filter(({ item }) => item.kind === 'utterance' || item.kind === 'fragment')
    .map(({ candidates }) => candidates.map((c) => c.speaker.name));

describe('a quotation after "asked"', () => {
  it('is the answer when the person asked answers in the same sentence', () => {
    expect(
      candidates(
        'Ted Cruz, when asked what about the plan was wrong, responded that the businessman "is right about the problems, but his solutions don’t work."',
      ),
    ).toEqual([['Ted Cruz']]);
    expect(
      candidates(
        'Maria Lopez spoke in Denver. When asked about the budget at the rally, Lopez calmly said that was "a question for the voters to settle."',
      ),
    ).toEqual([['Maria Lopez']]);
  });

  it('goes to the asker named after "by", past role words, never to the one asked', () => {
    expect(
      candidates(
        'Sanders was asked by host Bill Maher, who backs Sanders but has dismissed the story, "Now, you said you were tired of the emails, has that changed?"',
      ),
    ).toEqual([['Bill Maher']]);
    // Off (as shipped): any "asked" before the quotation leaves it to the rules' tag, here none.
    expect(
      candidates(
        'Sanders was asked by host Bill Maher, who backs Sanders but has dismissed the story, "Now, you said you were tired of the emails, has that changed?"',
        false,
      ),
    ).toEqual([[]]);
    expect(
      candidates(
        'The governor was asked by moderator Dana Lowe during the long debate on Tuesday night, "Will you sign the bill if it reaches your desk?"',
      ),
    ).toEqual([['Dana Lowe']]);
  });

  it('goes to the subject of an active "asked", and to no one when the question is put to a passive subject', () => {
    expect(
      candidates('During the town hall, Sean Hannity asked Trump if he would deport everyone or just "the bad ones."'),
    ).toEqual([['Sean Hannity']]);
    expect(candidates('Donald Trump was asked, "What is the most dangerous place you have been to?"')).toEqual([[]]);
    expect(candidates('In a radio interview, Tom Reed was asked whether the deal is "dead on arrival."')).toEqual([[]]);
  });

  it('is no question when "asked to" makes a request', () => {
    // The quotation is then read as any other: here the tag after it names the speaker.
    expect(
      candidates(
        'Margaret Hoover spoke. Delegates are asked to rank their choices, and the panel is less likely to be "overrun with social conservatives," Hoover said.',
      ),
    ).toEqual([['Margaret Hoover']]);
    expect(
      candidates(
        'Jane Doe runs the count. Voters were asked to pick a favourite, and the result is likely to be "a surprise to everyone," Doe said.',
      ),
    ).toEqual([['Jane Doe']]);
  });

  it('reads where the asker and a question stand', () => {
    expect(askedQuestion('Reporters asked whether the deal is "')).toEqual({ agentAfter: null, subjectBefore: 10 });
    expect(askedQuestion('He was asked by a reporter if it was "')?.agentAfter).toBe(16);
    expect(
      askedQuestion('He also asked if parents would be willing to vote for a candidate whose words “'),
    ).not.toBeNull();
    expect(askedQuestion('The group asked the campaign of the senator to “')).toBeNull();
    expect(askedQuestion('Asked about the vote, Ryan said, “')).toBeNull();
    expect(askedQuestion('The senator said the plan was “')).toBeNull();
  });
});

describe('a possessive name as the source', () => {
  it('is a candidate for a point of view on the quotation ("in X’s view")', () => {
    expect(
      candidates(
        'John Bolton spoke on Monday. "It is an across-the-board failure" from diplomacy to the budget, in Bolton’s view.',
      ),
    ).toEqual([['John Bolton']]);
    expect(
      candidates(
        'John Bolton spoke on Monday. "It is an across-the-board failure" from diplomacy to the budget, in Bolton’s view.',
        false,
      ),
    ).toEqual([[]]);
    expect(
      candidates('Ann Lee met donors. The race is "anybody’s to win" now, in Lee’s words, and the money will follow.'),
    ).toEqual([['Ann Lee']]);
  });

  it('is a candidate when the quotation is the name’s own saying ("X’s "…" promise")', () => {
    expect(
      candidates(
        'Unions hate the tax. It is the pull of Barack Obama’s "if you like your plan, you can keep it" promise: they want to keep them.',
      ),
    ).toEqual([['Barack Obama']]);
    expect(candidates('The debate turned on Ted Cruz’s "New York values" remark from January.')).toEqual([
      ['Ted Cruz'],
    ]);
  });

  it('is no candidate in other possessives', () => {
    expect(candidates('Critics called Barack Obama’s plan "a giveaway to insurers" on Monday.')).toEqual([[]]);
    const text = 'The aides of Lee’s campaign called it "a mess," in their view.';
    const at = text.indexOf('Lee');
    expect(possessiveSource(text, { start: at, end: at + 5 }, { start: 39, end: 46 })).toBe(false);
  });
});

describe('the nearest speaking subject before a quotation', () => {
  const nearest = (body: string): string[] => {
    const at = FEATURE_NAMES.indexOf('nearest-speaking-subject');
    const [input] = quoteSpeakerInputs(splitSentences(cleanArticle(`Headline\n\n${body}`, {})), {
      sourceReadings: true,
    }).filter(({ item }) => item.kind === 'utterance' || item.kind === 'fragment');
    return input!.candidates.filter((c) => c.features[at] === 1).map((c) => c.speaker.name);
  };

  it('is the subject of the clause that reports the quotation, not of the sentence’s first clause', () => {
    expect(
      nearest(
        'After Donald Trump argued that Medicare should not be cut, Marco Rubio said only that his "numbers don’t add up."',
      ),
    ).toEqual(['Marco Rubio']);
    expect(
      nearest(
        'Bobby Jindal signed an order on Monday, while Mike Huckabee, the former Arkansas governor, argued we should "wake up and smell the coffee" instead.',
      ),
    ).toEqual(['Mike Huckabee']);
  });

  it('is no one named after the verb or as its object', () => {
    expect(nearest('Ann Lee says Tom Reed "talked the talk and walked the walk."')).toEqual(['Ann Lee']);
    expect(nearest('Reporters asked Ann Lee about the vote, and the answer was "not yet."')).toEqual([]);
  });
});
