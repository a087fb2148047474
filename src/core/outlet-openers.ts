import { organizationUsage } from './organization-usage';

/** A single capitalised word opening a sentence as the subject of a report: "Politico reported …". */
const OPENS_A_REPORT = /^["“]?([A-Z][a-z][\w'’-]*)(?:['’]s)?\s+(?:first\s+)?(?:reported|reports)\b/;

/**
 * The names of publishers and bodies the copy writes only at a sentence's start ("Politico reported, …"):
 * nothing else marks their capital as a name's, so a question that opens a clause on one would lower-case it
 * ("confirm that politico …"). A word is one only when the copy uses it as an organisation and never as a person
 * (organization-usage.ts); a common noun there ("Residents reported …") the copy also writes in lower case,
 * which properWordsOf reads as no name.
 */
export function outletOpeners(texts: readonly string[]): string[] {
  const copy = texts.join('\n');
  const found = new Set<string>();
  for (const text of texts) {
    const word = OPENS_A_REPORT.exec(text)?.[1];
    if (word && !found.has(word) && organizationUsage(word, copy, false)) found.add(word);
  }
  return [...found];
}
