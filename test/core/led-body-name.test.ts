import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { ledBodyName } from '../../src/core/led-body-name';

// Session 57 (sp70): issue 11 — a party or body whose name is no English and opens on no listed given name ("Plaid
// Cymru" style) was typed a person; what a leader noun leads in the copy is a body. Invented names of the shape.

const typeOf = (body: string, name: string): string | undefined =>
  analyzeArticle(`Harbour news in brief\n\n${body}`).entities.find((e) => e.name === name)?.type;

describe('a name a leader leads', () => {
  it.each([
    ['premodifying a leader noun before a name', 'Corra Dúnta leader Ann Lee said: "This is a disgrace."'],
    ['the object of "the leader of"', 'Ann Lee, the leader of Corra Dúnta, said: "This is a disgrace."'],
    ['the object of "the president of"', 'Ann Lee, the president of Corra Dúnta, said the vote was lost.'],
  ])('is a body when %s', (_shape, body) => {
    expect(typeOf(body, 'Corra Dúnta')).toBe('organization');
  });

  it.each([
    [
      'a possessive after it',
      'Tom Hale, the head of Ann Lee’s office, said the vote was lost. Ann Lee was away.',
      'Ann Lee',
    ],
    ['a leader titled before it', 'Party leader Ann Lee said the vote was lost.', 'Ann Lee'],
    // Session 57 (rev58fixa): review 58, R58-1 — a coach or a manager leads people as often as bodies, and a name the
    // copy also treats as a person stays one.
    [
      'a manager of a person',
      'Dario Voss, the manager of Tevita Halaholo, declined to comment. Halaholo was not at the game.',
      'Tevita Halaholo',
    ],
    ['a coach premodified', 'Tevita Halaholo coach Dario Voss said the knee had healed.', 'Tevita Halaholo'],
    [
      'a relative "who" after it',
      'Tevita Halaholo, who sat in the stands, was cheered. Ann Lee, the leader of Tevita Halaholo, said little.',
      'Tevita Halaholo',
    ],
  ])('keeps a person with %s', (_shape, body, name) => {
    expect(typeOf(body, name)).toBe('person');
  });
});

describe('ledBodyName', () => {
  it.each([
    ['the leader of Corra Dúnta said', true],
    ['Corra Dúnta chairman Tom Hale said', true],
    ['the spokesman for Corra Dúnta said', false],
    ['Corra Dúnta spoke to reporters', false],
    ['the head of Corra Dúnta’s office said', false],
    ['the coach of Corra Dúnta said', false],
    ['Corra Dúnta manager Tom Hale said', false],
    ['the leader of Corra Dúnta said. Dúnta was silent.', false],
  ])('reads "%s": %s', (text, led) => {
    expect(ledBodyName('Corra Dúnta', text)).toBe(led);
  });
});
