import { ORG_HEADS } from './org-heads';

/**
 * "at Jurong West Market and Food Centre", "from the Ports and Harbours Authority": after a preposition, an "and"
 * between capitalised words whose second run ends on a body's head word (org-heads.ts) joins one body's name and opens
 * no clause, so "Several stallholders at … Market and Food Centre say" keeps its head ("stallholders"), not "Food
 * Centre" (audit 52, B-a52-1). "with Trump and Lewandowski" ends on no body's head and still opens one.
 */
const PREPOSITION_AND =
  /(\b(?:at|in|from|with|by|on)\s(?:the\s)?(?:\p{Lu}[\p{L}'’-]*\s){1,4})and((?:\s\p{Lu}[\p{L}'’-]*){1,4})/gu;

/** The text with each such "and" masked as "&&&" (same length: offsets into it stay the copy's). */
export function bodyNameAnd(text: string): string {
  if (!text.includes(' and ')) return text;
  return text.replace(PREPOSITION_AND, (match: string, lead: string, tail: string) =>
    ORG_HEADS.has(tail.slice(tail.lastIndexOf(' ') + 1)) ? `${lead}&&&${tail}` : match,
  );
}
