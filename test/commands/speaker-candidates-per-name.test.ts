import { describe, expect, it, vi } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { cleanArticle } from '../../src/core/clean-article';
import { mentionFacts, relationBefore } from '../../src/core/mention-facts';
import { indexPeople } from '../../src/core/people';
import { relationObject } from '../../src/core/relation-object';
import { splitSentences } from '../../src/core/split-sentences';

// Session 49, speed49: the speaker ranker weighs each name for every quotation within 3,000 characters, so the reading
// of the words between a name and the next one ("Clinton campaign manager Robby Mook") was made once per quotation and
// name: 100 KB of `Ms Jones said "…" and ` in one sentence spent a third of its time there. Read once per name now.
// Counted through a wrapper of the module's own function, so the count is of readings whatever they do inside.
const between = vi.hoisted((): string[] => []);
vi.mock('../../src/core/titled-name-between', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/titled-name-between')>();
  return {
    titledNameBetween: (text: string) => {
      between.push(text);
      return real.titledNameBetween(text);
    },
  };
});

const UNIT = 'Mr Okafor told the board "we are on budget" and ';
/** One sentence of `n` names, each followed by its quotation (invented copy). */
const run = (n: number) => `Harbour board meets\n\n${UNIT.repeat(n)}left.`;

describe('the words between two names are read once per name, not once per quotation and name', () => {
  it('a sentence of 120 named quotations reads them at most twice per name', () => {
    between.length = 0;
    const analysis = analyzeArticle(run(120));
    expect(analysis.quotes).toHaveLength(120);
    // On the base commit: once per quotation for every name within reach, 11,087 readings. The wrapper must have
    // counted at all (a module graph shared with other files would bypass it and make the bound empty).
    expect(between.length).toBeGreaterThan(0);
    expect(between.length).toBeLessThanOrEqual(2 * 120);
  });

  it('control: the name before a title still only says whom the titled speaker works for', () => {
    const analysis = analyzeArticle(
      'Harbour board meets\n\n"We are on budget," said Okafor campaign manager Tilda Brenn on Tuesday.',
    );
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(['Tilda Brenn']);
  });
});

describe("a name's facts hold its relation noun before it", () => {
  const relationOf = (text: string, name: string) => {
    const sentences = splitSentences(cleanArticle(`Harbour board meets\n\n${text}`));
    const at = sentences.find((s) => s.text.includes(name))!;
    const mention = indexPeople(sentences).mentions[at.id]!.find((m) => m.person.name.endsWith(name))!;
    return relationBefore(
      mentionFacts(mention, at, () => false),
      at,
      mention,
    );
  };

  it('"a close friend of Mr. Okafor" is read once, with the name', () => {
    expect(relationOf('A close friend of Mr. Okafor said the board was "on budget."', 'Okafor')).toBe(true);
  });

  it('control: read with the quotation, the relation still takes the words from the name after it', () => {
    const text = 'A close friend of Mr. Okafor said the board was "on budget."';
    const at = { text, start: 0 };
    const mention = { start: text.indexOf('Okafor'), end: text.indexOf('Okafor') + 6 };
    const quote = { start: text.indexOf('on budget'), end: text.indexOf('on budget') + 10 };
    expect(relationObject(at, mention, quote)).toBe(true);
    const other = 'Board chairman Ade Okafor said the board was "on budget."';
    const own = { start: other.indexOf('Ade'), end: other.indexOf('Okafor') + 6 };
    const quoted = { start: other.indexOf('on budget'), end: other.indexOf('on budget') + 10 };
    expect(relationObject({ text: other, start: 0 }, own, quoted)).toBe(false);
  });
});
