import { isRoleHead } from './role-heads';

/**
 * "accused the former secretary of state of using …": the first "of" after the accused is the accused's own
 * (a title's "of state", a name's "Bank of England"), and the charge is what the second "of" opens. The first
 * "of" continues the accused only when a second "of" comes within four words and either a capitalised word follows
 * the first (a name or title going on: "the Bank of England of …") or a role noun ends the accused and the second
 * "of" opens a gerund ("the secretary of state of using …"). "accused the agency of a pattern of lying" and "accused
 * the secretary of a pattern of lying" keep their charge: "agency" heads no role, and "a pattern" is no one's title.
 */
const OF_PHRASE = /^((?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)\s+of\s+(\S.*)$/;

export interface AccusedOfPhrase {
  accused: string;
  charge: string;
}

/** The accused with its own "of"-phrase and the charge after, or null when the first "of" opens the charge. */
export function accusedOfPhrase(target: string, charge: string): AccusedOfPhrase | null {
  const phrase = OF_PHRASE.exec(charge.trim());
  if (!phrase) return null;
  const last = target.trim().split(/\s+/).pop() ?? '';
  const named =
    /^(?:the\s+)?\p{Lu}[\p{L}\w'’.-]*(?:\s+\p{Lu}[\p{L}\w'’.-]*)*$/u.test(phrase[1]!) &&
    !/^(?:him|her|them|it|us|me)$/i.test(last);
  const title =
    isRoleHead(last) && !/^(?:an?|his|her|its|their)\b/i.test(phrase[1]!) && /^[a-z]+ing\b/.test(phrase[2]!);
  // "of lying of …", "of being …": a gerund opens the charge itself.
  if ((!named && !title) || /^[a-z]+ing\b/.test(phrase[1]!)) return null;
  return { accused: `${target.trim()} of ${phrase[1]}`, charge: phrase[2]! };
}
