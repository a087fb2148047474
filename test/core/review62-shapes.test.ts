import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { locativeOnly } from '../../src/core/locative-only';
import { possessorsMessage } from '../../src/core/possessors-message';
import { roleBeforeActor } from '../../src/core/role-before-actor';
import { whoIsWho } from '../../src/core/who-is-who';

/** Review 62: edges of session 59's speaker and who-is-who rules, on copy written for the test. */
const analyze = (...paragraphs: string[]) => analyzeArticle(['Bus lanes row deepens', ...paragraphs].join('\n\n'));
const speakerOf = (words: string, ...paragraphs: string[]) =>
  analyze(...paragraphs).quotes.find((q) => q.text.includes(words))?.speaker ?? null;
const QUOTED = 'Mayor Tom Reed, 58, of Harrogate, said: "We will not back down on the lanes."';

describe("a partial quotation after a possessor's message noun is not the reporting pronoun's (R62-1)", () => {
  it('"He said that Ms Grey\'s promise to "…"" does not credit the mayor quoted just before', () => {
    const partial = 'He said that Ms Grey\'s promise to "restore every route by spring" was a fantasy.';
    expect(speakerOf('restore every route', QUOTED, partial)).not.toBe('Tom Reed');
  });

  it('control: the pronoun still carries when the quotation is his verdict on the message', () => {
    const partial = 'He said that Ms Grey\'s promise had been "a fantasy from the start".';
    expect(speakerOf('a fantasy from the start', QUOTED, partial)).toBe('Tom Reed');
  });

  it('reads the noun from WordNet and the words between', () => {
    expect(possessorsMessage('And he said that Clinton’s call earlier in the night to “')).toBe(true);
    expect(possessorsMessage('He said the union’s plea for "')).toBe(true);
    expect(possessorsMessage('He said Grey’s promise was "')).toBe(false);
    expect(possessorsMessage('He said the council’s budget to "')).toBe(false);
  });
});

describe('"at" alone does not make a run a place (R62-2)', () => {
  it('an employer written twice after "at" stays on the organisation line', () => {
    const w = whoIsWho(
      analyze(
        'Staff who worked at Morgan Stanley before joining the council were consulted.',
        'A former adviser at Morgan Stanley warned of delays.',
        '"The lanes will fail," said Dana Kim, a transport planner. Kim said buses would slow.',
      ),
    );
    expect(w.organizations).toContain('Morgan Stanley');
  });

  it('control: "at" and "near" the same run is still a place', () => {
    expect(locativeOnly('Morgan Stanley', 'worked at Morgan Stanley, then at Morgan Stanley again.')).toBe(false);
    expect(locativeOnly('Holbeck Cross', 'Halted at Holbeck Cross, then near Holbeck Cross.')).toBe(true);
  });
});

describe('a role before a name introduces no actor when a verb before it governs the name (R62-3)', () => {
  it('not when a verb or a relative clause before the role governs the name', () => {
    const role = 'President';
    expect(roleBeforeActor(['Omar Dalil'], role, 'Rebels fighting President Omar Dalil seized the town.')).toBe(false);
    expect(roleBeforeActor(['Ken Rowe'], 'Mayor', 'Crowds who opposed Mayor Ken Rowe marched on.')).toBe(false);
  });

  it('control: after a subordinator the name is still the subject', () => {
    expect(
      roleBeforeActor(['Amina Juma'], 'District Officer', 'On Tuesday, District Officer Amina Juma ordered a count.'),
    ).toBe(true);
  });

  it('the object of a participle is not listed as also named', () => {
    const w = whoIsWho(
      analyze(
        'Rebels fighting President Omar Dalil seized the town on Sunday, witnesses said.',
        '"We are not afraid," said Farid Nasser, a local shopkeeper. Nasser said shops had shut.',
      ),
    );
    expect((w.alsoNamed ?? []).map((p) => p.name)).not.toContain('Omar Dalil');
  });
});

describe("a post's initials name its holder only when one person holds the post (R62-4)", () => {
  it('two Regional Commissioners: "the RC said" credits neither', () => {
    const a = analyze(
      'Regional Commissioner Anna Moyo toured the camps on Monday. Regional Commissioner Ben Tau stayed in the capital.',
      '"We need tents," the RC said.',
    );
    expect(a.quotes.find((q) => q.text.includes('We need tents'))?.speaker).not.toMatch(/Ben Tau|Anna Moyo/);
  });

  it('control: one holder keeps them', () => {
    const a = analyze('Regional Commissioner Anna Moyo toured the camps on Monday.', '"We need tents," the RC said.');
    expect(a.quotes.find((q) => q.text.includes('We need tents'))?.speaker).toBe('Anna Moyo');
  });
});
