import { describe, expect, it } from 'vitest';
import { clausePosition } from '../../src/core/clause-position';
import type { PersonMention } from '../../src/core/people';
import { speechVerbAfter } from '../../src/core/speaker-constructions';
import { tokenize } from '../../src/core/tokenize';
import { printedSpeaker } from './speaker-rules';

/** Is `name` (its first occurrence) read as the subject of the verb after it in `text`? */
function subject(text: string, name: string): boolean {
  const start = text.indexOf(name);
  return clausePosition(tokenize(text), start, start + name.length, text).subject;
}

describe('a name set off from its verb by an apposition is still its subject (s29 sp39)', () => {
  it('reads past an aside between commas, an age, a parenthetical', () => {
    expect(subject('Will Estrada, the chairman for the Northern Virginia exurb, said so.', 'Will Estrada')).toBe(true);
    expect(subject("Coan, Santilli's attorney, argues that his client was peaceful.", 'Coan')).toBe(true);
    expect(subject('Sara Walker, 44, a home-care aide from Nashua, says it is unfair.', 'Sara Walker')).toBe(true);
    expect(subject('Rep. Earl Blumenauer (D-Ore.) said the energy was there.', 'Earl Blumenauer')).toBe(true);
  });

  it('leaves lists, objects and a name before another subject unmarked (controls)', () => {
    expect(subject('Trump, Cruz, and Rubio said nothing.', 'Trump')).toBe(false);
    expect(subject('Obama, Clinton, Sanders all spoke.', 'Obama')).toBe(false);
    expect(subject('She met Trump, the nominee, on Tuesday.', 'Trump')).toBe(false);
    expect(subject('Unlike Obama, Clinton, a former secretary of state, has said so.', 'Obama')).toBe(false);
    expect(subject('McIlroy is unfazed.', 'McIlroy')).toBe(true);
  });

  it('leaves a name inside the aside, and its own relative clause, to the first name (review s29 B-sp39-2)', () => {
    const friend = 'John Doe, a friend of Mary Poe, who died in the crash, said she was kind.';
    expect(subject(friend, 'Mary Poe')).toBe(false);
    expect(subject(friend, 'John Doe')).toBe(true);
    expect(
      printedSpeaker(
        'Tom Fox, a neighbour of Jim Bell, who was arrested on Monday, said "he was always quiet."',
        'he was',
      ),
    ).toBe('Tom Fox');
  });

  it('gives a later "she said" to the appositive subject, not to the name in her clause', () => {
    const body =
      "Conservative economist Aparna Mathur, who studies tax policy at the American Enterprise Institute, said Ivanka Trump's statement did not clarify the matter.\n\n" +
      '"I don\'t see details about who is left out, who is eligible," she said after reading the outline.';
    expect(printedSpeaker(body, 'I don')).toBe('Aparna Mathur');
  });
});

/** Does the ranker's speech-verb-next-to-name read a speech verb after `name` in `text`? */
function speechVerbNext(text: string, name: string): boolean {
  const start = text.indexOf(name);
  const sentence = { id: 0, text, start: 0, end: text.length, paragraph: 0 };
  const person = {
    name,
    surname: name.split(' ').pop()!,
    gender: null,
    role: null,
    roleWords: new Set<string>(),
    weak: false,
  };
  const mention = {
    person,
    sentenceId: 0,
    start,
    end: start + name.length,
    possessive: false,
    object: false,
    subject: true,
  };
  return speechVerbAfter(sentence, mention as PersonMention);
}

describe('the speech verb next to a name, past its apposition (s29 sp39)', () => {
  it('finds "said" after an aside, and not past a list (control)', () => {
    expect(speechVerbNext('Will Estrada, the chairman for the exurb, said it was close.', 'Will Estrada')).toBe(true);
    expect(speechVerbNext('Trump, Cruz, and Rubio said nothing.', 'Trump')).toBe(false);
    expect(speechVerbNext('Cruz said nothing.', 'Cruz')).toBe(true);
  });
});
