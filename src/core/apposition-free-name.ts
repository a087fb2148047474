import { partyName } from './party-name';

/**
 * A name and what the copy sets beside it after a comma: an age ("Brody, 31"), a description ("Teck, the Canadian
 * mining company"), a party and state ("Peter T. King, Republican of New York") or an aside ("Breitbart News, for
 * one"). The name alone is the speaker; the words after the comma describe it and are never part of the name printed
 * (review B-main-88). The name is capitalised words (a title's or an initial's stop inside it, not at its end: "Va.,
 * where …" is a place cut short), after an optional "the".
 */
const NAME = String.raw`((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’-]*\.?\s+)*\p{Lu}[\p{L}'’-]*)`;
// A US party-state tag ("Portman, R-Ohio", "Pelosi, D-Calif.") is an apposition too (review B-r38-9).
const NAME_THEN_APPOSITION = new RegExp(
  `^${NAME},\\s+(?:\\d{1,3}\\b|(?:a|an|the)\\s|\\p{Ll}|\\p{Lu}\\p{Ll}+\\s+of\\s|[RDI]-\\p{Lu})`,
  'u',
);
const NAME_ONLY = new RegExp(`^${NAME}$`, 'u');

/**
 * "Booth, Labour", "Booth, Conservative", "Booth, Liberal Democrat", "Booth, SNP": a party's name or its member's
 * (party-name.ts), one word or two, or its initials, as the whole apposition; the last word says the party.
 */
const PARTY_LABEL = /^(.+),\s+(?:\p{Lu}\p{Ll}+\s+(?!Party$))?(\p{Lu}\p{Ll}+|\p{Lu}{2,5})(?:\s+Party)?$/u;

/** The name of a "<name>, <apposition>" phrase, or null when the phrase is no such pair. */
export function appositionFreeName(phrase: string): string | null {
  const named = NAME_THEN_APPOSITION.exec(phrase)?.[1];
  if (named) return named;
  const party = PARTY_LABEL.exec(phrase);
  return party && partyName(party[2]!) ? (NAME_ONLY.exec(party[1]!)?.[1] ?? null) : null;
}
