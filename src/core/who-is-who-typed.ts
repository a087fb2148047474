import { ABBREVIATED_WORD } from './abbreviated-word';
import type { Entity } from './analysis-types';
import { honouredName } from './honoured-name';
import { ledBodyName } from './led-body-name';
import { withoutLeadIn } from './without-lead-in';
import { writtenInside } from './written-inside';

/** A full stop closing a name that is not an abbreviation's own ("Jr.", "Inc.", "Corp."). */
const OWN_STOP_CUT = new RegExp(String.raw`(?<!\b(?:${ABBREVIATED_WORD}))(?<=[a-z]{2})\.$`);

/**
 * A found name as who is who reads it: its lead-in and closing full stop taken off, its type mended by positive
 * evidence (`body`: organisation-evidence.ts, made once per article). A run the copy heads with a body's noun keeps the word the lead-in check would take: "the progressive
 * group One Wisconsin Now" is a group called "One Wisconsin Now", not a person "Wisconsin Now".
 */
export function whoIsWhoTyped(found: Entity, text: string, body: (name: string) => boolean): Entity {
  // "Donald Trump." at a sentence end: the full stop is not part of the name (an initial's, "Jr."'s or "Inc."'s is).
  const cut = withoutLeadIn(found.name, text, found.role).replace(OWN_STOP_CUT, '');
  // A body-typed run keeps its whole name as the person-typed one above does ("the State Department", "the Daily
  // News") when a leader leads it ("executive director of One Wisconsin Now", led-body-name.ts) or the copy writes it
  // inside a sentence, where its first word's capital is the name's own: "Even Republicans" opening a sentence is no
  // body named "Even Republicans".
  const whole = () => ledBodyName(found.name, text) || writtenInside(found.name, text);
  if (cut !== found.name && (found.type === 'person' || (found.type === 'organization' && whole())) && body(found.name))
    return { ...found, name: found.name, type: 'organization' };
  // "Douglas J. Band … Mr. Band": an organisation's head word the copy writes after an honorific is a surname.
  // "US media giant TimeWarner", "Time Warner said": a person-typed run with positive evidence of a firm is one.
  const type =
    found.type === 'organization' && honouredName(cut, text)
      ? 'person'
      : found.type === 'person' && body(cut)
        ? 'organization'
        : found.type;
  return { ...found, name: cut, type };
}
