import { escapeRegExp } from './escape-reg-exp';

/** At most this many characters of role between the bare surname's comma and the full name. */
const ROLE_SPAN = 90;

/**
 * "Another McKinnon, Wellington Water Action Group convenor Tess McKinnon, said": a bare surname the article's
 * namesakes share, set in apposition to a full name of that surname in the same sentence, is that person (audit 63,
 * B-a63-3). The apposition must close (a comma, a dash or the sentence's end) right after the full name, and its role
 * hold no comma of its own, so a list ("McKinnon, Ortiz and Tess McKinnon") or a second clause is never read as one,
 * nor a relative clause ("Mr. Meyer, who runs L.H. Meyer,": the firm is his).
 * `text` is the sentence, `end` the bare surname's end in it. Returns the full name, else null.
 */
export function apposedNamesake(text: string, end: number, surname: string): string | null {
  if (text[end] !== ',') return null;
  const tail = text.slice(end, end + ROLE_SPAN + surname.length + 40);
  const pattern = new RegExp(
    `^,\\s+(?!(?:who|whom|whose|which|that)\\s)(?:[^,;:()"“”]{0,${ROLE_SPAN}}?\\s)?(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}\\s+${escapeRegExp(surname)})(?=\\s*(?:,|—|–|$))`,
    'u',
  );
  const m = pattern.exec(tail);
  // "and" inside the role would make it a list of people, not one person's apposition.
  if (!m || /\band\b/.test(m[0])) return null;
  return m[1]!;
}
