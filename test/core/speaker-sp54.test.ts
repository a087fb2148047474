import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Harbour news in brief\n\n${body}`).quotes.map((q) => q.speaker);

/** Session 42, sp54: speakers read by grammar the rules missed (issue 11). */
describe('a modifier between a name and a role noun', () => {
  it('"Okafor economic advisers" names whom the advisers work for, not the speaker', () => {
    const body =
      'Ruth Okafor chairs the harbour board. Her review drew notice, leading Okafor economic advisers like Tom Reed to counter that "every berth was paid for twice."';
    expect(quoteSpeakers(body)).not.toContain('Ruth Okafor');
  });

  it.each([
    // A pronoun after an irregular past is no noun the name modifies.
    ['Ruth Okafor shook her head and said, "No."', 'Ruth Okafor'],
    // A time phrase after the subject's name.
    ['Ruth Okafor this summer said, "The port will close."', 'Ruth Okafor'],
  ])('control, the name still speaks: %s', (body, speaker) => {
    expect(quoteSpeakers(body)).toEqual([speaker]);
  });
});

describe('a hyphen typed for a dash', () => {
  it('ends the subject before the verb, as an em dash does', () => {
    const body =
      'Ruth Okafor ran the council until April. In May - a month after Ruth Okafor left office - the council told the group that "no records were located."';
    expect(quoteSpeakers(body)).toEqual([null]);
  });

  it('control: a hyphen inside a name joins it', () => {
    expect(quoteSpeakers('Ruth Okafor-Reed told the group that "no records were located."')).toEqual([
      'Ruth Okafor-Reed',
    ]);
  });
});

describe('an adverb or a modal between the subject and the verb', () => {
  it('is no part of the subject', () => {
    expect(quoteSpeakers('In normal times, a reader would now ask: "What is this harbour for?"')).toEqual(['a reader']);
  });

  it('control: a capitalised surname stays whole', () => {
    expect(quoteSpeakers('Dana Still said: "What is this harbour for?"')).toEqual(['Dana Still']);
  });
});

describe('a tag between commas, its verb first', () => {
  it('names the speaker inside the clause it attributes', () => {
    const body =
      'The trouble with the port, says Carl Anthony, historian at the city library, is that it was "one of the busiest in the world," not a small one.';
    expect(quoteSpeakers(body)).toEqual(['Carl Anthony']);
  });

  it('before a quotation, carries to the quotation paragraph after it', () => {
    const body =
      'Ruth Okafor spoke first. "This is a big argument," explained Ms Okafor. But the issues get tested in the courts which, said Ms Okafor, "is part of the messy conversation."\n\n"If you have no policy now, you had better start."';
    expect(quoteSpeakers(body)).toEqual(['Ruth Okafor', 'Ruth Okafor', 'Ruth Okafor']);
  });
});

describe("a participle's opening phrase", () => {
  it('holds names the phrase is about; the main clause speaks', () => {
    const body =
      'Tom Reed, the harbour master, spoke on Monday. Filling in for Reed at the event where Hale and Ann Corbin appeared, Ruth Okafor landed a dig at "my dear friend Tom Reed."';
    expect(quoteSpeakers(body)).toEqual(['Ruth Okafor']);
  });

  it('control: "According to" names the source, no participle', () => {
    const body =
      'According to a study by Tom Reed and Ann Corbin, the harbour is partly to blame, but so is "the change in trade policy."';
    expect(quoteSpeakers(body)).not.toContain('the harbour');
  });
});
