import type { RoleTest } from './answer-apposition';
import { classesOf } from './class-members';
import { contentTerms, stemOf } from './tokenize-words';
import { WHICH_FIRM } from './which-firm-unnamed';

/** "Which company built / will build / has designed …?": the verb asked of the firm, after any auxiliary. */
const FIRM_VERB = new RegExp(
  String.raw`${WHICH_FIRM.source}\s+(?:(?:will|would|has|have|had|is|are|was|were|did|does|do)\s+)?(?:been\s+)?([a-z]+)`,
  'i',
);
/** The suffixes English makes a doer's noun with: build-er, construct-or, li-ar. */
const AGENT_END = /(?:er|or|ar)$/;

/** Whether a stem is the verb's doer: the verb's stem with a doer's suffix, or the stem Porter cuts it back to. */
const doerStem = (stem: string, verb: string): boolean =>
  stem === verb || (stem.startsWith(verb) && /^(?:e?r|or|ar)$/.test(stem.slice(verb.length)));

/**
 * "Which company built the footbridge?" over "The bridge was built to replace…" and then "The contractor, Hallam
 * Steelworks, said…": the firm is named in apposition to a noun for the one who does the asked act — the verb's own
 * doer noun ("the builder", "the designer") or one WordNet files under it (a contractor is a builder,
 * class-members.json). The role test answer-role-holder.ts reads to put that sentence first; undefined when the
 * question asks no firm for a verb.
 */
export function firmAgentRole(question: string): RoleTest | undefined {
  const asked = FIRM_VERB.exec(question)?.[1];
  const verb = asked === undefined ? undefined : contentTerms(asked)[0];
  if (verb === undefined) return undefined;
  return (word) => {
    const lower = word.toLowerCase();
    if (!AGENT_END.test(lower)) return false;
    const stem = stemOf(lower);
    return doerStem(stem, verb) || [...classesOf(stem)].some((c) => doerStem(c, verb));
  };
}
