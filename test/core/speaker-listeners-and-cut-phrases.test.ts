import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { attributeQuotes } from '../../src/core/attribute-quotes';
import { cleanArticle } from '../../src/core/clean-article';
import { tagAfter } from '../../src/core/quote-tags';
import { splitSentences } from '../../src/core/split-sentences';
import { tagBefore } from '../../src/core/tag-before';
import { whoIsWho } from '../../src/core/who-is-who';

const ruleSpeakers = (body: string): Array<[string, string | undefined]> =>
  attributeQuotes(splitSentences(cleanArticle(`Headline\n\n${body}`, {}))).items.map((item) => [
    item.text,
    item.speaker?.name,
  ]);

describe('the one spoken to is not the speaker', () => {
  it('reads the subject of a passive "told" or "asked" as the listener', () => {
    expect(tagBefore('Blumenthal was asked, ', 100)).toBeNull();
    expect(tagBefore('The senators were later told: ', 0)).toBeNull();
    expect(tagAfter(', Reilly was told.', 0)).toBeNull();
    // The active verb and the passive with its agent still name the speaker.
    expect(tagAfter(', Reilly told the staff.', 0)).toMatchObject({ kind: 'phrase', text: 'Reilly' });
    expect(tagBefore('Reilly was asked by Dana Lowe: ', 0)).toMatchObject({ kind: 'phrase', text: 'Dana Lowe' });
  });

  it('leaves the question put to a named person unattributed', () => {
    const { quotes } = analyzeArticle(
      'Headline\n\nSenator Ann Blumenthal spoke at the hearing on Tuesday. Blumenthal was asked, "Will you vote for the bill next week?"',
    );
    expect(quotes.map((q) => q.speaker ?? null)).toEqual([null]);
  });
});

describe('the listener after the quotation is no candidate either', () => {
  const speakers = (tail: string): Array<string | null> =>
    analyzeArticle(
      `Headline\n\nCouncillor Helen Marsh spoke at the meeting on Tuesday evening. ${tail} The meeting ended soon after.`,
    ).quotes.map((q) => q.speaker ?? null);

  it('gives the words said to a named person to no one, or to the agent after "by"', () => {
    expect(speakers('"The fees are unfair," Marsh was told.')).toEqual([null]);
    expect(speakers('"You must resign," Marsh was told by protesters outside.')).toEqual([null]);
    expect(speakers('"You must resign," Marsh was told by Dana Lowe.')).toEqual(['Dana Lowe']);
    expect(speakers('Marsh was told: "You must resign."')).toEqual([null]);
    // The active verb: Marsh is the speaker.
    expect(speakers('"The fees are unfair," Marsh told the meeting.')).toEqual(['Helen Marsh']);
  });
});

describe('a phrase cut short is not a name', () => {
  it('names no one rather than a description that ends in a function word', () => {
    expect(
      ruleSpeakers(
        'The talks went on. “We will not sign this deal in its current form,” the officials in the capital of said on Monday.',
      ),
    ).toEqual([['We will not sign this deal in its current form,', undefined]]);
  });

  it('names no one after a description that ends in a number after lower-case words', () => {
    expect(ruleSpeakers('“We will keep fighting for every vote,” the voters in the balloting in 11 said.')).toEqual([
      ['We will keep fighting for every vote,', undefined],
    ]);
  });

  it('keeps a body whose name ends in a number ("Local 1199", "the Class of 2016")', () => {
    const said = (who: string): Array<[string, string | undefined]> =>
      ruleSpeakers(`"We will strike if we have to," said ${who}.`);
    for (const who of [
      'a spokesman for SEIU Local 1199',
      'the president of UAW Local 600',
      'the members of the Class of 2016',
    ]) {
      expect(said(who)).toEqual([['We will strike if we have to,', who]]);
    }
  });

  it('keeps a whole description and a surname that is also a preposition', () => {
    expect(
      ruleSpeakers('“We will keep fighting for every single vote in the state,” the authors of the report said.'),
    ).toEqual([['We will keep fighting for every single vote in the state,', 'the authors of the report']]);
  });
});

describe('a name with a middle initial in an appositive', () => {
  it('is read whole after an inverted tag ("said the fellow, Robert M. Danin")', () => {
    expect(tagAfter(', said the fellow, Robert M. Danin.', 0)).toMatchObject({ text: 'the fellow, Robert M. Danin' });
    const { quotes } = analyzeArticle(
      'Headline\n\n"This is not going to end well for anyone," said the fellow, Robert M. Danin.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Robert M. Danin']);
  });
});

describe('a role with its department or place before a name', () => {
  it('keeps "Secretary of State" and "Mayor of London" out of the name and reads the tag whole', () => {
    const speaker = (body: string): Array<string | null | undefined> =>
      analyzeArticle(`Headline\n\n${body}`).quotes.map((q) => q.speaker);
    expect(speaker('"We will act on this quickly," Secretary of State John Kerry said on Monday.')).toEqual([
      'John Kerry',
    ]);
    expect(speaker('"We will act on this quickly," said Mayor of London Sadiq Khan.')).toEqual(['Sadiq Khan']);
    expect(speaker('"We will act on this quickly," Secretary of Homeland Security Jeh Johnson said.')).toEqual([
      'Jeh Johnson',
    ]);
  });

  it('starts the name at its first name, else reads the surname alone, never a place word glued to it', () => {
    const quoted = (tag: string): { speakers: Array<string | null | undefined>; people: string[] } => {
      const analysis = analyzeArticle(
        `Headline\n\nThe meeting took place on Monday in the capital. "We will act on this quickly," ${tag} The meeting ended soon after.`,
      );
      return { speakers: analysis.quotes.map((q) => q.speaker), people: whoIsWho(analysis).people.map((p) => p.name) };
    };
    expect(quoted('said Governor of New York Cuomo.')).toEqual({ speakers: ['Cuomo'], people: ['Cuomo'] });
    expect(quoted('Secretary of State Kerry said on Monday.')).toEqual({ speakers: ['Kerry'], people: ['Kerry'] });
    expect(quoted('said Mayor of New York Bill de Blasio.').speakers).toEqual(['Bill de Blasio']);
    expect(quoted('said Director of National Intelligence James R. Clapper.')).toEqual({
      speakers: ['James R. Clapper'],
      people: ['James R. Clapper'],
    });
    // No first name the tables know: the name follows the last place or department word.
    expect(quoted('said Minister of Finance Nirmala Sitharaman.').speakers).toEqual(['Nirmala Sitharaman']);
  });

  it('names no one after a role whose place or department has two words', () => {
    expect(ruleSpeakers('"We will act on this quickly," said the Secretary of Homeland Security.')).toEqual([
      ['We will act on this quickly,', 'the Secretary of Homeland Security'],
    ]);
    expect(ruleSpeakers('"We will act on this quickly," said the Mayor of New York.')).toEqual([
      ['We will act on this quickly,', 'the Mayor of New York'],
    ]);
  });

  it('reads a role with only its place or department as a description, not a person', () => {
    expect(ruleSpeakers('"We will act on this quickly," said the Mayor of Springfield.')).toEqual([
      ['We will act on this quickly,', 'the Mayor of Springfield'],
    ]);
    expect(ruleSpeakers('"We will act on this quickly," said the Secretary of Defense.')).toEqual([
      ['We will act on this quickly,', 'the Secretary of Defense'],
    ]);
  });

  it('gives a bare role word no speaker', () => {
    expect(ruleSpeakers('"We will act on this quickly," said Senator.')).toEqual([
      ['We will act on this quickly,', undefined],
    ]);
  });
});
