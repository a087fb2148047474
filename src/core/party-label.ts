import { QUOTE_VERBS } from './speech-verbs';

/**
 * US copy puts a member's party and state between name and verb: `Sen. Chuck Schumer (D-N.Y.)
 * said`, `Gov. John Kasich (R-OH), said`, `Mitch McConnell, R-Ky., said`. The label ends the
 * subject for the tag readers and its dots end the clause, so they read the text with the label
 * blanked out (same length: offsets and the name's spelling are unchanged). A comma right after
 * the label and before the verb goes with it: it marks the label off, not an appositive.
 */
const STATE = String.raw`[A-Z][A-Za-z.]{1,6}(?:\s[A-Z][A-Za-z.]{1,6})?`;
const PARTY_LABEL = new RegExp(
  String.raw`(?:\((?:[DRI]|[DRI]\s?[-–,]\s?${STATE}|[A-Z][a-z]{1,5}\.)\)|,\s[DRI]-${STATE}(?=,))(,(?=\s+([a-z]+)))?`,
  'g',
);

/** A cheap first look before the replace: a capital right after a parenthesis, or a party letter's dash. */
const MAYBE = /\([A-Z]|\s[DRI]-[A-Z]/;

export function blankPartyLabels(text: string): string {
  if (!MAYBE.test(text)) return text;
  return text.replace(PARTY_LABEL, (label: string, comma?: string, verb?: string) =>
    comma && !QUOTE_VERBS.has(verb!) ? `${' '.repeat(label.length - 1)},` : ' '.repeat(label.length),
  );
}
