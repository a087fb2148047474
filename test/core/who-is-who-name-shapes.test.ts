import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { speechTagged } from '../../src/core/speech-tagged';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * The who-is-who classes of hand-read 13 (docs/hand-read-questions.md) and session 12's "noticed and left alone".
 * Copy written for the test, of each construction's general shape.
 */
const who = (headline: string, ...paragraphs: string[]) =>
  whoIsWho(analyzeArticle([headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')));
const names = (headline: string, ...paragraphs: string[]) => who(headline, ...paragraphs).people.map((p) => p.name);

describe('who-is-who name shapes (hand-read sample 13 and session 12’s left-alone classes)', () => {
  it('lists a person named in full only inside "the X campaign", then by surname alone', () => {
    const story = [
      'Harbour meeting prompts talk of a ticket',
      'Mayor Tom Hale had been talking with officials from the Maria Vance campaign for weeks.',
      'The meeting took place at Vance’s home. Hale left first and Vance left shortly after.',
      'The endorsement was one the Vance campaign had long wanted, and Vance said she was grateful.',
    ];
    expect(names(...(story as [string, ...string[]]))).toContain('Maria Vance');
    // Without the surname used as a person's (no speech verb, no pronoun, no honorific) the run stays out.
    expect(
      names(
        'Harbour meeting prompts talk of a ticket',
        'Mayor Tom Hale had been talking with officials from the Maria Vance campaign for weeks.',
        'The meeting took place at the Vance hall. Hale left first.',
      ),
    ).not.toContain('Maria Vance');
    // Another first name on the surname ("the Peter Vance years" beside "Maria Vance said") is not that person's.
    expect(
      names(
        'Vance sets out her plan',
        'Maria Vance set out her plan on Monday, a break with the Peter Vance years.',
        '"We start now," Vance said. Vance said she would travel to Port Ellis.',
      ),
    ).not.toContain('Peter Vance');
  });

  it('lists no "<Place>-based" firm and no committee word as a person', () => {
    const firm = names(
      'Rich lists disagree',
      'The Harbourton-based Kestrel Report, a research firm founded in 1999, counts 50 billionaires.',
      'Forbes said Kestrel sometimes counted whole families. While Kestrel lists the family at $6 billion, others do not.',
      '"We count what we can check," Kestrel said in a note.',
    );
    expect(firm.some((n) => n.includes('Kestrel'))).toBe(false);
    // A person described by a place keeps the name without the description.
    expect(
      names(
        'Shipyard worker reaches home',
        'In 1990 the Ohio-born Tom Hale joined the Navy. "I just want to go home," said Hale.',
        'Hale said he would stay in Port Ellis.',
      ),
    ).toContain('Tom Hale');
    const committee = names(
      'Republicans ask for an inquiry',
      'The Oversight Committee met on Monday. Rep. Jason Reed, the Oversight Committee chairman, called for an inquiry.',
      '"They are spending their final days on this," said Oversight ranking Democrat Mary Quinn.',
      '"We will hear from everyone," Reed said.',
    );
    expect(committee).not.toContain('Oversight');
    // A surname that tags its own quotes stays a person beside the foundation named after it. Since who33 (issue 13,
    // people only) a lone quoted word needs a person's evidence too (bodies speak): here "he" takes it up.
    expect(
      names(
        'Hale defends the charity',
        'The Hale Foundation raised money again this year.',
        '"We did nothing wrong," Hale said. He said the Hale Foundation would publish its accounts.',
      ),
    ).toContain('Hale');
  });

  it('reads "said X had" as a reported clause on X, not a quote of X', () => {
    // A storm (or any thing) opening the reported clause is not tagged as a speaker.
    expect(speechTagged('Haiyan', 'Officials said Haiyan had cut power to the island.')).toBe(false);
    expect(speechTagged('Kestrel', 'Forbes said Kestrel sometimes counted whole families.')).toBe(false);
    expect(speechTagged('Limbaugh', '"It is over," said Limbaugh.')).toBe(true);
    expect(speechTagged('Rush Limbaugh', '"It is over," said Rush Limbaugh on Monday.')).toBe(true);
    expect(speechTagged('Limbaugh', '"It is over," Limbaugh said.')).toBe(true);
    // "told X" names the listener; "X told" the speaker.
    expect(speechTagged('Smith', 'The mayor told Smith on Monday that the deal was off.')).toBe(false);
    expect(speechTagged('Smith', 'Smith told reporters the deal was off.')).toBe(true);
  });

  it('keeps the words that say which post, and gives no bare relation as a role', () => {
    const listed = who(
      'The harbour campaign splits',
      'His critics, led by ousted campaign manager Tom Hale, never trusted him. "It was over," Hale said.',
      'The board, under the recently appointed harbour director Jane Reed, met on Monday. "We move on," Reed said.',
      'He ousted campaign manager Mark Lyle in May. "I was surprised," Lyle said.',
    ).people;
    expect(listed).toContainEqual({ name: 'Tom Hale', role: 'ousted campaign manager' });
    expect(listed).toContainEqual({ name: 'Jane Reed', role: 'recently appointed harbour director' });
    // After a pronoun the participle is the sentence's verb, not the role's.
    expect(listed.find((p) => p.name === 'Mark Lyle')?.role).not.toMatch(/ousted/);
    const relations = who(
      'Governor skips the vote',
      'Those not on the slate included Gov. Jack Moore, his wife, Betsy, and the mayor.',
      'Moore said he would vote later. "We are fine," Moore said.',
      'The mayor thanked his friend Tom Hale, who gave money. Hale said he was glad.',
      'Father Jacques Laval led the prayers. "Peace," Father Laval said.',
    ).people;
    expect(relations.find((p) => p.name === 'Jack Moore')?.role ?? null).not.toBe('wife');
    expect(relations.find((p) => p.name === 'Tom Hale')?.role ?? null).toBeNull();
    expect(relations.find((p) => p.name === 'Jacques Laval')?.role).toBe('Father');
  });

  it('lists a son named in full beside his father and his own foundation', () => {
    const listed = names(
      'The son’s charity and the father’s gifts',
      'Tom Hale gave the Eric Hale Foundation $100,000, according to the Eric Hale Foundation’s filings.',
      '"He has been very generous," Eric Hale wrote in an email. Eric Hale said the gifts came from the business.',
      'Tom Hale did not reply. "The numbers are right," Eric Hale wrote.',
    );
    expect(listed).toEqual(expect.arrayContaining(['Tom Hale', 'Eric Hale']));
  });

  it('reads a name whole past a letter outside ASCII ("Peña", "Castañeda"): no cut second line', () => {
    const listed = names(
      'Mexico weighs its options',
      'President Enrique Peña Nieto met the delegation on Monday. Peña Nieto said trade would go on.',
      'Jorge Castañeda, a former foreign minister, said the talks were late. Castañeda said Peña Nieto had waited too long.',
      'Analysts expect Peña Nieto to speak again. Castañeda said he would not.',
      'Luis Ortega, a trade lawyer, said the deal would hold. Ortega said so twice.',
    );
    expect(listed).not.toContain('Enrique Pe');
    expect(listed).not.toContain('Jorge Casta');
    expect(listed).toEqual(expect.arrayContaining(['Enrique Peña Nieto', 'Jorge Castañeda']));
    // Control: an ASCII name beside them is listed as before.
    expect(listed).toContain('Luis Ortega');
  });
});
