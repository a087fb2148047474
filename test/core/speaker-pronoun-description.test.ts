import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Harbour court in brief\n\n${body}`).quotes.map((q) => q.speaker);

const LEAD =
  'A former ferry purser was fined on Tuesday for selling tickets twice.\n\nNadia Kovacs, 39, admitted the fraud in May.\n\n' +
  '"She kept the cash in a biscuit tin under the counter," inspector Ruth Alder told the tribunal.\n\n';

/**
 * Session 47, fix47a (audit 48 B-a48-1): a sentence whose subject is a definite description of a person ("The
 * defendant", "The young woman") between a named speaker and a "she said" is the pronoun's nearer antecedent; the
 * copy names no one by it, so the words go to no one rather than to the speaker quoted before, whose role ("inspector")
 * says they are someone else.
 */
describe('a pronoun tag after a described subject', () => {
  it.each([
    ['The purser wept as she left the witness box.\n\n"I am sorry for all of it," she said.'],
    ['The young woman, in a borrowed coat, did not look up.\n\n"I am sorry for all of it," she said.'],
    ['The defendant sat with her head bowed. She had nothing to add.\n\n"I am sorry for all of it," she said.'],
  ])('credits no earlier speaker: %s', (tail) => {
    expect(quoteSpeakers(LEAD + tail)).toEqual(['Ruth Alder', null]);
  });

  it('credits the named subject in the same place (control)', () => {
    expect(
      quoteSpeakers(`${LEAD}Kovacs wept as she left the witness box.\n\n"I am sorry for all of it," she said.`),
    ).toEqual(['Ruth Alder', 'Nadia Kovacs']);
  });

  it('credits a speaker of no other role, whom the description may be (control)', () => {
    const told = LEAD.replace('inspector Ruth Alder told the tribunal', 'Kovacs told the tribunal');
    expect(quoteSpeakers(`${told}The purser wept as she left the witness box.\n\n"I am sorry," she said.`)).toEqual([
      'Nadia Kovacs',
      'Nadia Kovacs',
    ]);
  });

  it('leaves a description of the other sex out of a "she" (control)', () => {
    expect(quoteSpeakers(`${LEAD}The man beside her said nothing.\n\n"We will appeal this week," she added.`)).toEqual([
      'Ruth Alder',
      'Ruth Alder',
    ]);
  });

  it('reads a description after the tag as no antecedent (control)', () => {
    expect(quoteSpeakers(`${LEAD}"We found every stub," she said. The purser wept as the fine was read out.`)).toEqual([
      'Ruth Alder',
      'Ruth Alder',
    ]);
  });
});
