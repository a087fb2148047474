import { seatPost } from './seat-post';

/** ", Gethin Wyn Parry,", ", Ann Lee,": a name of two to four capitalised words (particles inside), set off by commas. */
const APPOSED_NAME = /^,\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’-]*|ap|ab|de|van|von)){1,3},/u;
/** The post-nominal after an apposed name ("… Parry MS,"): the name's, read past. */
const POST_NOMINAL = /^(,\s+[^,]{3,60}?)\s+\p{Lu}{2,4},/u;

/**
 * "The Senedd Member for Dwyfor Meirionnydd, Gethin Wyn Parry MS, said": the words after a member's "for" are the
 * seat's name, up to the comma before the apposed member (audit 61, B-a61-3). Read as a role's object and a surname,
 * the seat's last word ("Meirionnydd", "Penfro") was a person who took the member's quote and a place in who is who.
 * A lone word only, with another word of the seat before it and a name set off by commas right after: "Secretary of
 * State Kerry, Susan Rice, …" is no member's seat. `text` is the sentence the run's offsets index.
 */
export function seatBeforeApposedName(name: string, runEnd: number, text: string): boolean {
  if (name.includes(' ') || text.charCodeAt(runEnd) !== 0x2c || text.slice(runEnd - name.length, runEnd) !== name)
    return false;
  const after = text.slice(runEnd, runEnd + 80).replace(POST_NOMINAL, '$1,');
  return APPOSED_NAME.test(after) && seatPost(text.slice(0, runEnd)) >= 2;
}
