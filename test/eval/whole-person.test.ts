import { describe, expect, it } from 'vitest';
import { sameListedPerson } from '../../src/eval/same-listed-person';
import { bareName, wholePerson } from '../../src/eval/whole-person';

describe('a listed line is a whole person, read with every word', () => {
  it('takes a name that opens with a given name or an initial, written whole in the copy', () => {
    const copy = 'Donald Trump spoke. C. Boyden Gray wrote a memo. Trump left.';
    expect(wholePerson('Donald Trump', [], copy)).toBe(true);
    expect(wholePerson('C. Boyden Gray', [], copy)).toBe(true);
    // Not written whole: the copy's "Clinton" heads "Clinton Foundation" only.
    expect(wholePerson('Hillary Clinton', [], 'The Clinton Foundation paid.')).toBe(false);
    expect(wholePerson('Clinton', [], 'The Clinton Foundation paid.')).toBe(false);
  });

  it('refuses a line whose first word is prose, though its last word is a person named twice', () => {
    const copy = 'Against Sanders, the party rallied. Mr. Sanders said he would fight against it. Sanders left.';
    expect(wholePerson('Against Sanders', ['Sanders'], copy)).toBe(false);
    expect(wholePerson('Crooked Hillary', [], 'He calls her Crooked Hillary. Mrs. Clinton is not crooked.')).toBe(
      false,
    );
    // An English verb, adjective or group noun opens no name, even when the copy titles the surname.
    expect(wholePerson('Team Trump', [], 'Team Trump met. Mr. Trump spoke.')).toBe(false);
    expect(wholePerson('Given Sanders', [], 'Given Sanders’s lead, Sen. Sanders spoke.')).toBe(false);
  });

  it('refuses a given name before an organisation’s head word unless the copy speaks of a person', () => {
    const copy = 'The Washington Post reported it. Washington Post editors agreed. Wells Fargo Bank paid.';
    expect(wholePerson('Washington Post', ['The Washington Post'], copy)).toBe(false);
    expect(wholePerson('Wells Fargo Bank', [], copy)).toBe(false);
    // People whose surname is such a word, as the copy writes them.
    expect(wholePerson('Don Guardian', [], 'said Atlantic City Mayor Don Guardian. Guardian left.')).toBe(true);
    expect(wholePerson('Douglas J. Band', [], 'Douglas J. Band wrote. Mr. Band passed it along.')).toBe(true);
    expect(wholePerson('Christine Link', [], 'said Christine Link, executive director of the group.')).toBe(true);
    expect(wholePerson('Christine Link', [], 'said Christine Link.')).toBe(false);
  });

  it('reads a given name the lists lack from a title, a Source, or a person noun the copy gives', () => {
    // "Jeb", "Mitt", "Khizr" are in no list of given names.
    expect(wholePerson('Jeb Bush', [], 'Jeb Bush spoke in Iowa. Mr. Bush left.')).toBe(true);
    expect(wholePerson('Jeb Bush', ['Bush'], 'Jeb Bush spoke in Iowa. Bush left.')).toBe(true);
    expect(wholePerson('Jeb Bush', [], 'Jeb Bush, a former Florida governor, spoke. Bush left.')).toBe(true);
    expect(wholePerson('Mitt Romney', [], 'The 2012 nominee Mitt Romney spoke.')).toBe(true);
    expect(wholePerson('Khizr Khan', [], 'Gov. Khizr Khan spoke.')).toBe(true);
    expect(wholePerson('Bilal Eksili', [], 'Bilal Eksili, vice president of the group, paid.')).toBe(true);
    expect(wholePerson('Franson Reneus', [], 'Franson Reneus, 18, from Lee County, spoke.')).toBe(true);
    expect(wholePerson('Guan Youfei', ['Rear Admiral Guan Youfei'], 'Guan Youfei spoke.')).toBe(true);
    expect(wholePerson('Ivana Trump', ['lawyers for both Donald and Ivana Trump'], 'Ivana Trump sued.')).toBe(true);
    // A clause is no apposition, a place in a Source is not its person, nor a longer name's tail.
    expect(wholePerson('United States', [], 'the United States, when you are a governor of a state')).toBe(false);
    expect(wholePerson('Addis Ababa', ['officials who held him in Addis Ababa'], 'in Addis Ababa now')).toBe(false);
    expect(wholePerson('Wisconsin Now', ['Scot Ross, director of One Wisconsin Now'], 'Wisconsin Now')).toBe(false);
    // The control: nothing but the engine says so.
    expect(wholePerson('Jeb Bush', [], 'Jeb Bush spoke in Iowa. Bush left.')).toBe(false);
    // An adjective before the name is no person noun ("the same Dirty Dancing posters").
    expect(wholePerson('Dirty Dancing', [], 'the same Dirty Dancing posters')).toBe(false);
    // A group noun heads no person: "the progressive group One Wisconsin Now".
    expect(wholePerson('Wisconsin Now', [], 'Wisconsin Now, the progressive group, said so.')).toBe(false);
  });

  it('reads a person from the copy’s grammar: "who", "his", a person noun apposed before, an age', () => {
    // "Ilvo" and "Zorek" are in no list of given names: only the grammar says these are people.
    expect(wholePerson('Ilvo Brast', [], 'Ilvo Brast spoke. Brast, who runs the mill, left.')).toBe(true);
    expect(wholePerson('Ilvo Brast', [], 'Ilvo Brast and his wife left Dunmore.')).toBe(true);
    expect(wholePerson('Ilvo Brast', [], 'the town’s new mayor, Ilvo Brast, said so.')).toBe(true);
    expect(wholePerson('Ilvo Brast', [], 'the 16-year-old Ilvo Brast left.')).toBe(true);
    expect(wholePerson('Zorek Tevfa', [], 'Zorek Tevfa, the party’s 2012 nominee, spoke.')).toBe(true);
    expect(wholePerson('Zorek Tevfa', [], 'Zorek Tevfa, another former party chairman, spoke.')).toBe(true);
    // Controls: a body is "which" and "its"; a thing noun as predicate or before the name is no person's.
    expect(wholePerson('Ilvo Brast', [], 'Ilvo Brast spoke. Brast, which runs the mill, left.')).toBe(false);
    expect(wholePerson('Ilvo Brast', [], 'Ilvo Brast and its staff left Dunmore.')).toBe(false);
    expect(wholePerson('Ilvo Brast', [], 'Ilvo Brast spoke. Brast is a leading supplier in Dunmore.')).toBe(false);
    expect(wholePerson('Ilvo Brast', [], 'in the town, Ilvo Brast, they said.')).toBe(false);
  });

  it('finds the name whole after a signature dash, before "-led", with "Jr." after a comma, or in a coordination', () => {
    expect(wholePerson('Anna Brast', [], '"It needs to stop." -Anna Brast, Dunmore.')).toBe(true);
    expect(wholePerson('Anna Brast', [], 'The Anna Brast-led council met.')).toBe(true);
    expect(wholePerson('Anna Brast Jr.', [], 'Her son, Anna Brast, Jr., spoke.')).toBe(true);
    expect(wholePerson('Anna Brast', [], 'Their parents, Anna and Piet Brast, left.')).toBe(true);
    expect(wholePerson('Anna Brast', [], 'said Anna \u00adBrast.')).toBe(true);
    // Controls: inside a longer name, a hyphened capitalised word, or a word's tail stays refused.
    expect(wholePerson('Anna Brast', [], 'The Anna Brast-Orsk council met.')).toBe(false);
    expect(wholePerson('Anna Brast', [], 'The Anna and Piet Brast Foundation paid.')).toBe(false);
    expect(wholePerson('Anna Brast', [], 'Hanna-Anna Brast Mill paid.')).toBe(false);
  });

  it('takes a one-word line only when the copy titles it', () => {
    expect(wholePerson('Obama', [], 'President Obama spoke. Obama left.')).toBe(true);
    expect(wholePerson('Mr. Obama', [], 'Mr. Obama spoke.')).toBe(true);
    // An organisation is a Source too: the annotation alone makes no person of "Politico".
    expect(wholePerson('Politico', ['Politico'], 'Politico reported it. Politico said so.')).toBe(false);
    expect(bareName('Assemblywoman Claudia Tenney')).toBe('Claudia Tenney');
  });

  it('reads across a non-breaking space inside the copy’s name', () => {
    expect(wholePerson('James Comey', [], 'FBI Director James\u00a0Comey stated it.')).toBe(true);
  });
});

describe('two lines of one list that name the same person', () => {
  it('finds a short form, an initial, or a surname beside the full name', () => {
    expect(sameListedPerson('Pete Santilli', 'Peter Santilli')).toBe(true);
    expect(sameListedPerson('Eddie Mannix', 'E. J. Mannix')).toBe(true);
    expect(sameListedPerson('Jeb Bush', 'Bush')).toBe(true);
    expect(sameListedPerson('Barack Obama', 'Mr. Obama')).toBe(true);
    expect(sameListedPerson('George W. Bush', 'George Bush')).toBe(true);
  });

  it('keeps apart two given names, two middle names, a father and his son, or a titled namesake', () => {
    expect(sameListedPerson('Jeb Bush', 'George W. Bush')).toBe(false);
    expect(sameListedPerson('George W. Bush', 'George H.W. Bush')).toBe(false);
    expect(sameListedPerson('Donald J. Trump', 'Donald Trump Jr.')).toBe(false);
    expect(sameListedPerson('Duncan Hunter Sr.', 'Duncan Hunter')).toBe(false);
    expect(sameListedPerson('Michelle Obama', 'Mr. Obama')).toBe(false);
    expect(sameListedPerson('Hillary Clinton', 'Bill Clinton')).toBe(false);
  });
});
