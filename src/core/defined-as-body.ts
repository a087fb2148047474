import { hasLiteralMatch, literalMatches, literalPattern } from './literal-matches';

/** Lower-case nouns for a body or a publication, never for a person ("pollster" is both, so it is not here). */
const BODY_NOUNS =
  'site|website|outlet|newspaper|magazine|network|channel|publication|blog|firm|company|group|organi[sz]ation|nonprofit|charity|startup|coalition';

/** Read around each occurrence of the name, compiled once: "site Pando", "Pando, a news site,". */
const BODY_BEFORE = literalPattern(`\\b(?:${BODY_NOUNS}) `, "\\b(?!['’]s)");
const BODY_AFTER = literalPattern(
  '\\b',
  `, (?:a|an|the) ((?:[\\w-]+ ){0,4})(?:${BODY_NOUNS})(?=[,.;:)]| (?:that|which|based|founded|run)\\b)`,
);

/** Words that carry a noun phrase on to another noun ("a member of the group"): the apposition's head is not the body noun. */
const NOT_MODIFIER = /^(?:of|for|at|in|on|to|with|by|from|and|or|the|a|an|who|which|that)$/;

/**
 * "the tech news site Pando", "Latino Decisions, a public opinion research group": the copy says outright that the
 * run names a body or a publication, with a body noun right before it or as the head of an apposition after it. A
 * pinned quote or a "said he" next to it ("site Pando said he was ashamed", a columnist's words) does not outweigh it.
 */
export function definedAsBody(name: string, text: string): boolean {
  if (hasLiteralMatch(text, name, BODY_BEFORE)) return true;
  for (const m of literalMatches(text, name, BODY_AFTER))
    if (
      m[1]!.trim() === '' ||
      m[1]!
        .trim()
        .split(' ')
        .every((w) => !NOT_MODIFIER.test(w))
    )
      return true;
  return false;
}
