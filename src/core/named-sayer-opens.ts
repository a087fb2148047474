/**
 * Whether a claim opens on a named person and a verb of saying ("Devine acknowledged that …", "Mr. Rendell noted that
 * …"): the claim is that person's own word on record, so it names its source. A name is capitalised words the article
 * writes as a name (`names`), after an optional title.
 */
const SAYER =
  /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?((?:\p{Lu}[\p{L}\w'’-]*\s+){0,2}\p{Lu}[\p{L}\w'’-]*)\s+(?:said|says|noted|notes|acknowledged|acknowledges|argued|argues|conceded|concedes|admitted|admits|insisted|insists|added|adds|explained|explains|wrote|writes|told)\b/u;

export function namedSayerOpens(clause: string, names: ReadonlySet<string>): boolean {
  const sayer = SAYER.exec(clause)?.[1];
  if (!sayer) return false;
  // "Marsh acknowledged that …" with the name only at a sentence's start: one capitalised singular word with no
  // determiner before a verb of saying is a name, not a common noun (B-r43-14); plurals and pronouns are not read.
  const lone =
    /^[A-Z][a-z'’-]+$/.test(sayer) && !/[^s]s$|^(?:It|This|That|One|Police|Staff|Management|Government)$/.test(sayer);
  return lone || sayer.split(/\s+/).every((word) => names.has(word));
}
