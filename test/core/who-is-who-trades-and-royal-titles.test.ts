import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { tradeNoun } from '../../src/core/trade-noun';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Session 57 (who61), issue 13: a capitalised run closing on WordNet's noun for a line of business is a firm, a
 * monarch's title before a given name and an English word names a thing, and a body's head word alone counts only
 * where the copy writes it alone. Copy written for the tests.
 */
const story = (...ps: string[]) => analyzeArticle(['Quarry road to close', ...ps].join('\n\n'));
const typeOf = (name: string, ...ps: string[]) => story(...ps).entities.find((e) => e.name === name)?.type;

describe('who is who: firms named by their trade', () => {
  it('a run no given name opens, closing on a trade, commerce or plant noun, is an organisation', () => {
    const ps = [
      'Tarnby Civil Engineering won the contract to rebuild the quarry road in May.',
      'Steel for the bridge came from Corvell Steelworks, and Bexmoor Asset Management paid for it.',
      '"The road will reopen in June," said Ida Pell, a council engineer.',
    ];
    const entities = story(...ps).entities;
    for (const firm of ['Tarnby Civil Engineering', 'Corvell Steelworks', 'Bexmoor Asset Management'])
      expect(entities.find((e) => e.name === firm)?.type).toBe('organization');
    expect(whoIsWho(story(...ps)).people.map((p) => p.name)).toEqual(['Ida Pell']);
  });

  it('a given name before the trade noun keeps the run a person ("Weaving" is a surname too)', () => {
    expect(
      typeOf(
        'Lena Weaving',
        '"The looms are quiet now," said Lena Weaving, a textile artist. Weaving said the works shut in 2019.',
      ),
    ).toBe('person');
  });

  it('"Which firm …?" takes the firm the trade noun names', () => {
    const a = story(
      'Tarnby Civil Engineering won the contract to rebuild the quarry road in May.',
      'The road will reopen two years later than first promised, the council said.',
    );
    expect(answerQuestion(a, 'Which firm won the contract to rebuild the road?').answer).toContain('Tarnby');
  });

  it('review 59, R59-12: a noun first a building, seat or crop, or also a kind of person, closes no firm', () => {
    expect(['Steelworks', 'Refinery', 'Engineering', 'Retail'].filter((w) => !tradeNoun(w))).toEqual([]);
    expect(['House', 'Bench', 'Plant', 'Harvest', 'Brass'].filter((w) => tradeNoun(w))).toEqual([]);
  });
});

describe('who is who: a monarch’s title before a thing’s name', () => {
  it('"the King Edmund Charter" is no person "Edmund Charter"; "King Edmund" alone still is', () => {
    const a = story(
      'Readers at the abbey displayed the King Edmund Charter on Sunday.',
      '"We will rebuild the road," King Edmund said. King Edmund visited the quarry later.',
    );
    expect(a.entities.map((e) => e.name)).not.toContain('Edmund Charter');
    expect(whoIsWho(a).people).toContainEqual({ name: 'Edmund', role: 'King' });
  });
});

describe('who is who: a body’s head word alone', () => {
  it('"Board" written only inside longer names is no organisation of its own', () => {
    const ps = [
      'The Harrowgate Planning Board approved the closure, said Mara Quill, a spokeswoman for the Harrowgate Planning Board.',
      'The Board said it would review the quarry plan.',
    ];
    expect(whoIsWho(story(...ps)).organizations).toEqual(['Harrowgate Planning Board']);
  });

  it('"the House" counts where it stands alone, not inside "the White House" nor a run joining two names', () => {
    const orgs = (...ps: string[]) => whoIsWho(story(...ps)).organizations;
    const aide = '"We will vote next week," said Dana Ruiz, an aide to the speaker.';
    expect(
      orgs(
        'The White House and the House clashed over the quarry road bill.',
        'The White House said it would wait.',
        aide,
      ),
    ).not.toContain('House');
    expect(
      orgs('The House bill drew fire from Mayor Ruiz and House leaders.', 'House leaders met the White House.', aide),
    ).toContain('House');
  });
});

describe('who is who: a person’s handle', () => {
  it('"@IdaPell" beside "Ida Pell" is no organisation', () => {
    const ps = [
      '"The road will reopen in June," said Ida Pell, a council engineer. Pell said crews would work at night.',
      'Pell wrote on X: "Crews start Monday." — Ida Pell (@IdaPell) May 2, 2026. @IdaPell later deleted the post.',
    ];
    expect(whoIsWho(story(...ps)).organizations).not.toContain('IdaPell');
  });
});
