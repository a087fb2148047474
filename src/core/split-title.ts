import { HONORIFICS } from './honorifics';

/** Titles that stand before a name: "Councillor Helen Marsh", "Sen. Bob Corker". */
export const TITLE_WORDS =
  /^(?:Councillor|Cllr|Sen\.?|Senator|Rep\.?|Gov\.?|Governor|President|Judge|Justice|Mayor|Rev\.?|Prof\.?|Professor|Gen\.?|General|Col\.?|Capt\.?|Sgt\.?|Det\.?|Chief|Officer|Bishop|Archbishop|Pope|King|Queen|Prince|Princess|Minister|Secretary|Chancellor|Speaker|Leader|Chairman|Chairwoman|Congressman|Congresswoman|Commissioner|Ambassador|Sheriff)$/;

/** The name without a leading title: "Councillor Helen Marsh" -> { title: "Councillor", name: "Helen Marsh" }. */
export function splitTitle(name: string): { title: string | null; bare: string } {
  const words = name.split(/\s+/);
  let i = 0;
  // "Senators Mitch McConnell and John Cornyn": a list's plural title is no part of either name.
  while (i < words.length - 1 && (HONORIFICS.has(words[i]!) || TITLE_WORDS.test(words[i]!.replace(/s(\.?)$/, '$1'))))
    i++;
  return { title: i > 0 ? words.slice(0, i).join(' ') : null, bare: words.slice(i).join(' ') };
}
