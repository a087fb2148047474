import { isListedFirstName } from './listed-first-name';
import { ORG_HEADS } from './org-heads';

/**
 * "at Jurong West Market and Food Centre", "from the Ports and Harbours Authority": after a preposition, an "and"
 * between capitalised words whose second run ends on a body's head word (org-heads.ts) joins one body's name and opens
 * no clause, so "Several stallholders at … Market and Food Centre say" keeps its head ("stallholders"), not "Food
 * Centre" (audit 52, B-a52-1). "with Trump and Lewandowski" ends on no body's head and still opens one.
 */
const PREPOSITION_AND =
  /(\b(?:at|in|from|with|by|on)\s(?:the\s)?(?:\p{Lu}[\p{L}'’-]*\s){1,4})and((?:\s\p{Lu}[\p{L}'’-]*){1,4})/gu;

/**
 * "NHS Dumfries and Galloway confirmed", "NHS Greater Glasgow and Clyde said": an acronym of three capitals or more,
 * capitalised words and "and" is one body's name when no listed given name stands before the "and" (audit 56,
 * B-a56-14; body-word-opening.ts reads the same run as no person). "NHS Director Ann Bell and Tom Ruiz" is two people.
 */
const ACRONYM_AND = /(\b[A-Z]{3,}\s(?:\p{Lu}[\p{L}'’-]*\s){1,3})and(?=\s\p{Lu})/gu;

/** The text with each such "and" masked as "&&&" (same length: offsets into it stay the copy's). */
export function bodyNameAnd(text: string): string {
  if (!text.includes(' and ')) return text;
  return text
    .replace(PREPOSITION_AND, (match: string, lead: string, tail: string) =>
      ORG_HEADS.has(tail.slice(tail.lastIndexOf(' ') + 1)) ? `${lead}&&&${tail}` : match,
    )
    .replace(ACRONYM_AND, (match: string, lead: string) =>
      lead.split(' ').some((w) => isListedFirstName(w)) ? match : `${lead}&&&`,
    );
}
