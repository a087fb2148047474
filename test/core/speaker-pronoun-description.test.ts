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
    ['The defendant sat with her head bowed. She had nothing to add.\n\n"I am sorry for all of it," she said.'],
  ])('credits no earlier speaker: %s', (tail) => {
    expect(quoteSpeakers(LEAD + tail)).toEqual(['Ruth Alder', null]);
  });

  // Review 48 B-r48-1: "woman" says only her sex, so it re-describes the person named last outside a quotation tag.
  it('credits the person a sex noun re-describes, not the speaker quoted before', () => {
    expect(
      quoteSpeakers(
        `${LEAD}The young woman, in a borrowed coat, did not look up.\n\n"I am sorry for all of it," she said.`,
      ),
    ).toEqual(['Ruth Alder', 'Nadia Kovacs']);
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

  // Review 48 B-r48-1: a named person with a role, re-described by a noun of sex or kinship, keeps her own quote.
  it.each([
    [
      'Police arrested Clara Penrose, a carer from the Elmfield home, on Tuesday after cash went missing from a safe. ' +
        'The woman, who denies any theft, wept outside the crown court on Wednesday. ' +
        '"I have never taken a penny from anyone," she said.',
      'Clara Penrose',
    ],
    [
      'Derek Osei, a bus driver from Lanton, was cycling to work when a van hit him on the ring road. ' +
        'The father of three spent a week on a ward with a broken leg. "I still cannot walk without a stick," he said.',
      'Derek Osei',
    ],
  ])('credits the named subject a sex or kin noun re-describes: %s', (body, speaker) => {
    expect(quoteSpeakers(body)).toEqual([speaker]);
  });

  it('credits the name a sex noun is apposed to in its own sentence (control)', () => {
    const body =
      'Police arrested Clara Penrose, a pharmacist, on Tuesday. The other woman, her sister Ann Lark, 40, waited ' +
      'outside. "We will fight this together," she said.';
    expect(quoteSpeakers(body)).toEqual(['Ann Lark']);
  });

  it('credits the named subject of no role (control)', () => {
    const body =
      'Officers detained Clara Penrose on Tuesday after cash went missing from the till. Penrose left the station ' +
      'in tears on Wednesday. "I have never taken a penny from anyone," she said.';
    expect(quoteSpeakers(body)).toEqual(['Clara Penrose']);
  });

  // Review 48 B-r48-2: "The cyclist" gives no sex, so it is no antecedent of the source's "she added".
  const SOURCE =
    'A cyclist was hurt on Mill Lane in Harbury on Sunday, police said.\n\n"We need to hear from anyone who saw ' +
    'the van," inspector Helen Marsh told reporters.\n\n';
  it.each([
    ['The cyclist was treated at the scene for a broken arm.', ['Helen Marsh', 'Helen Marsh']],
    ['The pensioner remains in a stable condition.', ['Helen Marsh', 'Helen Marsh']],
    // Control: the description's own sentence gives it her sex, so the "she" may be the cyclist's, not the source's.
    ['The cyclist wept as she was lifted into the ambulance.', ['Helen Marsh', null]],
  ])('weighs a sexless description by its own sentence: %s', (event, speakers) => {
    const tail = '\n\n"The van did not stop and we are keen to trace its driver," she added.';
    expect(quoteSpeakers(SOURCE + event + tail)).toEqual(speakers);
  });
});
