import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/core/attribute-quotes';
import { cleanArticle } from '../../src/core/clean-article';
import { splitSentences } from '../../src/core/split-sentences';

const rules = (body: string): Array<{ speaker: string | null; route: string }> =>
  attributeQuotes(splitSentences(cleanArticle(`Headline\n\n${body}`, {}))).items.map((item) => ({
    speaker: item.speaker?.name ?? null,
    route: item.route,
  }));

const people = (body: string): string[] =>
  attributeQuotes(splitSentences(cleanArticle(`Headline\n\n${body}`, {}))).index.people.map((p) => p.name);

describe('a quotation introduced by a colon after its sentence subject, with no speech verb', () => {
  it('is the words of the subject named at the sentence start', () => {
    expect(
      rules('Dana Holt met the mayor on Friday. Holt delivered a blunt message to the council: "Fix the roads."'),
    ).toEqual([{ speaker: 'Dana Holt', route: 'colon' }]);
    expect(
      rules('Carl Omberg runs the union. On Tuesday, Omberg had one thing on his mind: "Pay the nurses."'),
    ).toEqual([{ speaker: 'Carl Omberg', route: 'colon' }]);
  });

  it('names no one when the words between the subject and the colon give the quotation another source', () => {
    const intro = 'Dana Holt met the mayor on Friday. ';
    const others = [
      // A passive with its agent, a source after "from" or "by", someone else named, received words.
      'Holt was mocked by Carl Omberg on Friday: "Fix the roads."',
      'Holt faced a sharp question from a voter: "How will you pay for it?"',
      'Holt read out a sign held by a protester: "No more cuts."',
      'Holt received a letter: "You are fired."',
      'Holt heard one complaint all night: "Fix the roads."',
      'Holt turned to Carl Omberg on the stage: "Fix the roads."',
    ];
    for (const sentence of others) expect(rules(`${intro}${sentence}`)).toEqual([{ speaker: null, route: 'none' }]);
  });

  it('names no one when the first name is not the subject', () => {
    expect(rules('Dana Holt spoke. The plan of Dana Holt was simple: "Build more homes."')[0]!.route).not.toBe('colon');
  });
});

describe('a colon quotation after a leading subordinate clause', () => {
  const intro = 'Dana Holt and Carl Omberg met the council on Friday. ';
  // One clause of each opening conjunction, its subject the other person.
  const clauses: Record<string, string> = {
    As: 'As Carl Omberg tried to calm the room',
    When: 'When Carl Omberg finished his speech',
    While: 'While Carl Omberg waited outside',
    After: 'After Carl Omberg left the hall',
    Before: 'Before Carl Omberg could sit down',
    Because: 'Because Carl Omberg had spoken first',
    If: 'If Carl Omberg wanted a fight',
    Although: 'Although Carl Omberg asked for calm',
    Since: 'Since Carl Omberg would not budge',
    Though: 'Though Carl Omberg pressed the point',
    Once: 'Once Carl Omberg sat down',
    Until: 'Until Carl Omberg took the floor',
  };

  it.each(Object.entries(clauses))('reads the subject of the main clause after "%s ..."', (_, clause) => {
    expect(rules(`${intro}${clause}, Dana Holt delivered a blunt message to the council: "Fix the roads."`)).toEqual([
      { speaker: 'Dana Holt', route: 'colon' },
    ]);
  });

  it('still reads a short adverbial before the main subject, and a preposition phrase as no clause', () => {
    expect(rules(`${intro}As Carl Omberg waited, in the end Dana Holt delivered a blunt message: "Stop it."`)).toEqual([
      { speaker: 'Dana Holt', route: 'colon' },
    ]);
    expect(
      rules(`${intro}After a long meeting with Carl Omberg, Dana Holt delivered a blunt message: "Stop it."`),
    ).toEqual([{ speaker: 'Dana Holt', route: 'colon' }]);
  });

  it('names no one when the clause runs into the quotation with no comma, or the main clause opens with a long phrase', () => {
    expect(rules(`${intro}As Carl Omberg told the council: "Fix the roads."`)[0]!.route).not.toBe('colon');
    expect(
      rules(
        `${intro}When Carl Omberg left, the council members sitting near Dana Holt delivered a blunt message: "No."`,
      )[0]!.route,
    ).not.toBe('colon');
  });
});

describe('a quotation that opens its sentence right after a tagged one but ends in the reporter words', () => {
  it('carries the tagged speaker on', () => {
    expect(
      rules(
        '"We lost tonight," Dana Holt said. "Tomorrow we start again, and we will win it back" in every county of the state.',
      ),
    ).toEqual([
      { speaker: 'Dana Holt', route: 'tag-after' },
      { speaker: 'Dana Holt', route: 'run-previous' },
    ]);
  });

  it('does not when the closing words name someone, describe the quotation or open on a copula', () => {
    const tagged = '"We lost tonight," Dana Holt said. ';
    const closings = [
      '"The worst defeat in the history of the party" was how Carl Omberg described it.',
      '"The worst defeat in the history of the party" is what critics called the result.',
      '"The worst defeat in the history of the party" has become the slogan of the week.',
      '"The worst defeat in the history of the party" in the words of Carl Omberg.',
      '"The worst defeat in the history of the party" as one reporter put it.',
      '"The worst defeat in the history of the party" the local paper wrote on Sunday.',
      '"The worst defeat in the history of the party" a rival dubbed the night.',
    ];
    for (const closing of closings) expect(rules(`${tagged}${closing}`)[1]!.route).not.toBe('run-previous');
  });

  it('does not when the words open in lower case or a new paragraph starts', () => {
    expect(rules('"We lost tonight," Dana Holt said. "a new start" is what the county wants.')[1]!.speaker).toBeNull();
    // A short phrase the reporter's sentence borrows is no continuation.
    expect(rules('"We lost tonight," Dana Holt said. "A new start" is what the county wants.')[1]!.speaker).toBeNull();
    expect(
      rules('"We lost tonight," Dana Holt said.\n\n"Tomorrow we start again" in every county.')[1]!.speaker,
    ).toBeNull();
  });
});

describe('a participle whose clause runs long before "that"', () => {
  it('gives the quotation to the subject of the clause', () => {
    expect(
      rules(
        'Dana Holt toured the state. Holt spoke in Akron on Monday, telling supporters at a crowded town hall in the city that "we will win."',
      ),
    ).toEqual([{ speaker: 'Dana Holt', route: 'tag-before' }]);
  });
});

describe('a sentence that opens with "Said" before a whole name', () => {
  it('reads the verb as the tag of the quotation before it, not as part of the name', () => {
    const body = 'Dorothy Ames teaches in Ohio. "The school needs help." Said Dorothy Ames, a retired teacher.';
    expect(people(body)).toContain('Dorothy Ames');
    expect(people(body).some((name) => name.startsWith('Said'))).toBe(false);
    expect(rules(body)[0]).toEqual({ speaker: 'Dorothy Ames', route: 'tag-after' });
    // One given name after the verb may be a given name "Said" of its own.
    expect(people('Said Karimi, the minister, spoke on Monday. Karimi said the talks would resume.')).toContain(
      'Said Karimi',
    );
  });
});
