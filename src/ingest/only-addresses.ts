import { splitAddresses } from './split-addresses';
import { splitSpaceless } from './split-spaceless';

/**
 * Fewer words than this beside the addresses is not prose: a lead-in such as "here are the
 * links" at most. The shortest news brief runs to several sentences; a list of links with a
 * label on each (which is copy, and kept) has more.
 */
const MAX_OTHER_WORDS = 10;

/**
 * What to call `text` when it is web addresses and no article (newsbrief stores an article's
 * text, so a pasted list of links would be stored as a "story" with nothing to brief), such as
 * "a web address" or "3 web addresses"; undefined when it has prose.
 */
export function onlyAddresses(text: string, split = splitAddresses(text)): string | undefined {
  const { tokens, addresses: found } = split;
  const addresses = found.length;
  if (addresses === 0) return undefined;
  let words = 0;
  // A character of a script written without spaces counts as a word, so a Chinese paragraph
  // with a link in it is prose.
  for (const part of splitSpaceless(tokens, text)) {
    words += typeof part === 'number' ? part : /[\p{L}\p{N}]/u.test(part) ? 1 : 0;
    if (words >= MAX_OTHER_WORDS) return undefined;
  }
  return addresses === 1 ? 'a web address' : `${addresses} web addresses`;
}
