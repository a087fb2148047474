import { literalMatches, literalPattern } from './literal-matches';

/**
 * A head noun the copy sets right before a name only when the name is an organisation's: "US media giant TimeWarner",
 * "the firm Acme", "the retailer Kestrel". Lower case and directly before the name. Heads that also stand before a
 * person are left out: "publisher Rupert Murdoch", "veteran broadcaster David Dimbleby", "film-maker Ken Loach",
 * "Republican rival Trump", "camera operator".
 */
const HEAD_BEFORE =
  /(?:^|[^\p{L}-])(?:giant|firm|company|conglomerate|corporation|retailer|supermarket|chain|bank|lender|insurer|airline|carrier|carmaker|automaker|brewer|newspaper|agency|network|group)\s$/u;
/** The name written whole, compiled once: who is who asks about every name. */
const MENTION = literalPattern("(?<![\\p{L}\\p{M}\\d'’-])", '(?![\\p{L}\\p{M}\\d-])', 'u');

/** One name's letters, with its spaces taken out: "Time Warner" and "TimeWarner" are one company spelt two ways. */
const joined = (name: string): string => name.replace(/\s+/g, '');

/**
 * Positive evidence that a capitalised run the name finder took for a person is an organisation: the copy sets an
 * organisation's head noun right before it ("US media giant TimeWarner said…"), or the name finder's organisation list
 * already names it as written. A spelling of the same name with or without its spaces ("Time Warner said on Friday" beside
 * "media giant TimeWarner") shares the evidence. No evidence is no verdict: a name is never taken for a firm for
 * lacking a person's cue. Made once per article: the article's names are mapped by their joined spelling here, so each
 * name's other spellings are one lookup, not a scan of every name (a pasted list of 800 names made that quadratic).
 */
export function organisationEvidence(
  text: string,
  names: readonly string[],
  orgs: ReadonlySet<string>,
): (name: string) => boolean {
  const byJoined = new Map<string, string[]>();
  for (const other of names) {
    const key = joined(other);
    const same = byJoined.get(key);
    if (same) same.push(other);
    else byJoined.set(key, [other]);
  }
  return (name) => {
    // The organisation list counts for the name as written only: "#HillaryClinton" is a hashtag the finder types as one.
    if (orgs.has(name)) return true;
    const spellings = new Set([name, ...(byJoined.get(joined(name)) ?? [])]);
    for (const spelt of spellings) {
      for (const m of literalMatches(text, spelt, MENTION))
        if (HEAD_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) return true;
    }
    return false;
  };
}
