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
