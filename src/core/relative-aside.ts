import { gateWindow } from './gate-window';

/**
 * The aside's opening: a comma, then a relative pronoun, straight or after an appositive's noun phrase (", a
 * Republican who", ", the mayor's aide who"), and its words up to the word read, with no comma, semicolon or colon.
 */
const OPENS_ASIDE =
  /,\s+(?:(?:a|an|the|[\w'’-]+['’]s?)\s+(?:[\w'’.-]+\s+){0,4}?)?(?:who|which|whose|whom)\s+[^,;:()"“”]*$/i;
/** After the aside's closing comma, the main clause goes on in lower case: its verb ("…, said the …") or its words. */
const MAIN_GOES_ON = /^,\s+[a-z]/;

/**
 * Whether the word at `at` stands in a relative clause set off by commas inside the sentence, with the main clause
 * going on after it: "Gov. John Kasich, a Republican who has refused to endorse Mr. Trump, said the family deserved
 * better". The aside describes someone the sentence names; what the sentence reports is its main clause, so the
 * aside's words do not set the kind it is shown with (issue 13, session 46, kind62; sample 42's #3). A relative
 * clause that closes the sentence ("…, said Hoff, who declined to comment.") is not read as an aside: nothing
 * follows it. Bounded: 120 characters either side.
 */
export function relativeAside(text: string, at: number, word: string): boolean {
  if (!OPENS_ASIDE.test(gateWindow.before(text, at, 120))) return false;
  const right = gateWindow.after(text, at, word, 120);
  const close = right.search(/[,;:()"“”]/);
  return close >= 0 && MAIN_GOES_ON.test(right.slice(close));
}
