import { holdsVerb } from './holds-main-verb';

/**
 * The words before a coordination's first verb, when the verb a reader found is its second: "The developer, Seabright
 * Holdings, said the invoices were under review and rejected the claim …" gives "The developer, Seabright Holdings,",
 * whose subject also rejected the claim. Read as it stood, the subject was "said the invoices were under review and"
 * (audit 59's B-a59-22, "…, which said the invoices were under review and denies?"). Words before the verb that do
 * not end on "and"/"but" are returned as they are; so are those with no verb of their own to stand on.
 */
export function coordinatedHead(head: string): string {
  const joined = /\s+(?:and|but)$/i.exec(head);
  if (!joined) return head;
  const body = head.slice(0, joined.index);
  // The coordination is the last comma piece's. After an appositive ("The developer, X, said A and") that piece opens
  // on the first verb, and the subject is the words before it; a sentence with no comma ("Seabright said A and") holds
  // its subject before the verb. A piece whose verb comes later is another clause ("…, a charge that Mrs. Clinton has
  // faced … and", "…said that, as of May, the invoices were … and"): left as it was.
  const cut = Math.max(body.lastIndexOf(', '), body.lastIndexOf('; '), body.lastIndexOf(': '));
  const start = cut < 0 ? 0 : cut + 2;
  for (const w of body.slice(start).matchAll(/[A-Za-z'’-]+/g)) {
    if (!holdsVerb(body.slice(start, start + w.index! + w[0].length))) continue;
    return cut < 0 || w.index === 0 ? body.slice(0, start + w.index!).trimEnd() : head;
  }
  return head;
}
