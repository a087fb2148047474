import { englishWord } from './english-word';
import { personNoun } from './person-noun';
import { isRoleHead, ROLE_HEADS } from './role-heads';

/**
 * "Undersecretary", "Subcommissioner": one word a role head closes, that WordNet holds as a person noun — a role the
 * copy writes before a name, no word of the name. Read as a name word, "Public Works Undersecretary Cecilia Manalastas"
 * was five name words, a title, and the person named in it was lost (audit 56, B-a56-1, where her "she said" went to
 * a place instead). The head is a role head only when at least three letters stand before it. A hyphened prefix that
 * keeps the post ("Vice-Chancellor Ann Lee", "Deputy-Governor") makes one too, as isRoleHead strips it (session 57).
 */
export function compoundRoleHead(word: string): boolean {
  const lower = word.toLowerCase();
  // "Assemblymember", "Councilmember": a seat in a body, written closed up, that WordNet does not list whole; the
  // body's word before "member" is an English lemma of four letters or more ("Remember" has two letters before it).
  const seat = /^(\p{Ll}{4,})member$/u.exec(lower)?.[1];
  if (seat && englishWord(seat)) return true;
  if (/^(?:ex|co|vice|deputy|acting)-/.test(lower)) return isRoleHead(lower);
  // "Headteacher": an English lemma of four letters or more closed up with a role head WordNet gives as a person
  // ("teacher"), a compound British copy writes as one word where WordNet lists it as two ("head teacher").
  for (let cut = 4; cut <= lower.length - 6 && /^\p{Ll}+$/u.test(lower); cut++) {
    const noun = lower.slice(cut);
    if (ROLE_HEADS.has(noun) && personNoun(noun) && englishWord(lower.slice(0, cut))) return true;
  }
  if (!personNoun(lower)) return false;
  for (let cut = 3; cut < lower.length - 3; cut++) if (ROLE_HEADS.has(lower.slice(cut))) return true;
  return false;
}
