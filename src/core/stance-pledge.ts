/**
 * "Cllr Morgan-Hughes said she would vote against any proposal to close the school": the speaker's own word on what
 * she would do if a thing came up ("any proposal") is her stance, told in full, not a decision the story waits on
 * (audit 61's B-a61-15, asked "Will Cllr Morgan-Hughes vote against …? (pending)"). The modal's subject is the saying
 * verb's own pronoun, and the act's object, within two words of the verb, opens on "any": nothing yet exists to act on.
 * "said she would vote on the proposal next week" names the thing to come and stays pending.
 */
const OWN_PRONOUN =
  /\b(?:said|says|has said|told \w+|insisted|insists|added|vowed|promised)\s+(?:that\s+)?(?:he|she|they|we|I)\s+$/i;
const ANY_OBJECT = /^\s+(?:\S+\s+){0,2}any\b(?!\s+(?:time|day|week|moment)\b)/i;

export function stancePledge(text: string, index: number, match: string): boolean {
  if (!/^(?:will|would)\s/i.test(match)) return false;
  return OWN_PRONOUN.test(text.slice(0, index)) && ANY_OBJECT.test(text.slice(index + match.length));
}
