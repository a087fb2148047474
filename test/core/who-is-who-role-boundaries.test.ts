import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { roleModifiers } from '../../src/core/role-modifiers';
import { roleOf } from '../../src/core/role-of';
import { titleOfSurname } from '../../src/core/title-of-surname';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * The who-is-who constructions left after hand-read 15 (docs/hand-read-questions.md, session 16). Copy written for
 * the test, two or more articles of each construction's general shape.
 */
const who = (headline: string, ...paragraphs: string[]) =>
  whoIsWho(analyzeArticle([headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people;

describe("who-is-who, where a named person's role begins and ends", () => {
  // Held already at main (hand-read 15's Toomey and McGinty were each named once: their miss was the role, below);
  // kept as a guard on the brief's construction.
  it('lists a person named in full once and by surname, or title and surname, later', () => {
    const mill = who(
      'Mill reopens',
      'Workers gathered as Gordon Pellworth opened the plant on Monday.',
      'The plant employs 300 people. Later Pellworth left for the capital.',
    );
    expect(mill.map((p) => p.name)).toContain('Gordon Pellworth');
    const vote = who(
      'Senate vote',
      'The bill passed after Orla Brenning spoke against the delay.',
      'The chamber adjourned at noon. Sen. Brenning left without comment.',
    );
    expect(vote.map((p) => p.name)).toContain('Orla Brenning');
  });

  // Named once and no source, the candidates themselves are not listed (issue 13: people named once in passing).
  it("reads the race's standing the copy gives a candidate as the role", () => {
    const poll = 'In the state, Democratic challenger Nora Quillfeather has 44% against the incumbent.';
    expect(roleOf('Nora Quillfeather', 'Democratic challenger', poll)).toBe('Democratic challenger');
    const race = 'Turnout was low, and Republican hopeful Dale Varnum gained ground in the suburbs.';
    expect(roleOf('Dale Varnum', 'Republican hopeful', race)).toBe('Republican hopeful');
  });

  it("gives a title written only inside quoted words to no one when the copy's own role is there", () => {
    const text = [
      'Hester Quayle, the former secretary of state, spoke in Iowa on Monday.',
      '"Secretary Quayle has a plan," said Tom Ferrant, a longtime ally. Quayle left after an hour.',
    ].join(' ');
    expect(roleOf('Hester Quayle', 'Secretary', text)).toBe('former secretary of state');
    const rally = [
      'Supporters cheered Pell Drummond, the Democratic candidate, at the rally.',
      'Later a voter shouted, "Governor Drummond will win!" Drummond waved.',
    ].join(' ');
    expect(roleOf('Pell Drummond', 'Governor', rally)).toBe('Democratic candidate');
    // Outside quotation marks first; inside them only when the copy's own words give no title.
    expect(titleOfSurname('Quayle', `"Secretary Quayle has a plan," he said. Senator Quayle left.`)).toBe('Senator');
    expect(titleOfSurname('Quayle', `"Governor Quayle has a plan," he said. Quayle left.`)).toBe('Governor');
    // ux29: "Secretary" without its department ("of State") is a cut fragment, no role (lacks-department.ts).
    expect(titleOfSurname('Quayle', `"Secretary Quayle has a plan," he said. Quayle left.`)).toBeNull();
  });

  it('keeps the words that say which post after a verb of the sentence', () => {
    const romney = 'The host was attacking 2012 Republican presidential nominee Wes Harlan as weak.';
    expect(roleModifiers('nominee', 'Wes Harlan', romney)).toBe('2012 Republican presidential nominee');
    const radio = 'He explained his vote, telling conservative radio host Laura Ingrid that the bill failed.';
    expect(roleModifiers('host', 'Laura Ingrid', radio)).toBe('conservative radio host');
    // A role word found before a name takes the same modifiers as one the name finder gave.
    const denounced = 'Party elders lined up denouncing Republican presidential nominee Dale Trunnion on Monday.';
    expect(roleOf('Dale Trunnion', undefined, denounced)).toBe('Republican presidential nominee');
    const praised = 'Donors kept praising Democratic Senate nominee Ada Pelling at the dinner.';
    expect(roleOf('Ada Pelling', undefined, praised)).toBe('Democratic Senate nominee');
  });

  it('reads no verb into the role: after a modal or "to", and in a noun phrase opened by a determiner', () => {
    expect(roleOf('Cal Ruber', undefined, 'Ryan, who will face challenger Cal Ruber in a primary, said little.')).toBe(
      'challenger',
    );
    expect(
      roleOf('Cal Ruber', undefined, 'Asked whether he would counsel Cal Ruber to quit, Reid said no.'),
    ).toBeNull();
    expect(roleOf('Cal Ruber', undefined, 'She declined to counsel Cal Ruber on the bill.')).toBeNull();
    // A capitalised title after "to" is the named person's own.
    expect(roleOf('Cal Ruber', undefined, 'He was an adviser to Vice President Cal Ruber until May.')).toBe(
      'Vice President',
    );
    expect(roleModifiers('nominee', 'Cal Ruber', 'He said his running mate presidential nominee Cal Ruber won.')).toBe(
      'nominee',
    );
  });

  it("ends a title run before a name at the previous sentence's full stop, not at an honorific's", () => {
    expect(roleOf('Wes Harlan', undefined, 'Doubts have grown since December. President Wes Harlan spoke.')).toBe(
      'President',
    );
    expect(roleOf('Ada Pell', undefined, 'The vote came in May. Governor Ada Pell signed it.')).toBe('Governor');
    expect(roleOf('Ada Pell', undefined, 'It was a win for U.S. Ambassador Ada Pell in Rome.')).toBe('U.S. Ambassador');
  });

  it("takes no headline's Title Case sentence before a name for a role", () => {
    const headlines = [
      'Senator Blasts Budget As Governor Janet Yarrow Signs It.',
      'Watch: Obama Slams Plan Backed By Fed Chair Janet Yarrow.',
      'Read: Why Voters In Ohio Turned On Mayor Janet Yarrow.',
      'Council Votes To Censure Treasurer Janet Yarrow. More links follow.',
    ];
    for (const line of headlines) expect(roleOf('Janet Yarrow', undefined, line)).toBeNull();
    // A Title Case office with no such joint, a name inside the role or a quoted work's title stays a role.
    expect(roleOf('Deb Kallen', undefined, 'Deb Kallen, a leader of Ashford Jobs With Justice, said so.')).toBe(
      'leader of Ashford Jobs With Justice',
    );
    expect(roleOf('Janet Yarrow', undefined, 'Markets rose after Fed Chair Janet Yarrow spoke.')).toBe('Fed Chair');
    expect(
      roleOf('Janet Yarrow', undefined, "Janet Yarrow, co-author of ''Those Guys Have All the Fun,'' said so."),
    ).toBe("co-author of ''Those Guys Have All the Fun''");
  });
});
