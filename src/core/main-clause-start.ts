import { opensOnTimeSpan, TIME_SPAN_SUBJECT } from './passage-tail';

/**
 * Where a sentence's main clause starts after a subordinate clause or fronted phrase, and the word shapes that say so
 * (a clause opening on a name, a lone dash). Split from passage-head.ts, which cuts a flagged passage where a clause ends.
 */

/**
 * Whether words[i] opens a clause on a name: the capitalised run ends on no comma (not a list or an
 * apposition: "Viktor Yanukovych, the ousted…") and a verb follows within four words ("Mark-Viverito
 * accused", "Azerbaijan’s foreign ministry spokesman said").
 */
export function opensOnName(words: readonly string[], i: number): boolean {
  if (!/^[A-Z][a-z]/.test(words[i] ?? '')) return false;
  let j = i;
  while (j < words.length && /^(?:\p{Lu}[\p{L}\w'’.-]*|of)$/u.test(words[j]!.replace(/[,;:)]$/, ''))) {
    if (/[,;:)]$/.test(words[j]!)) return false;
    j++;
  }
  // A list's last items or a relative clause ("El Salvador, Guatemala and Honduras who passed") hold a
  // verb that is not the name's own: the clause is the sentence's, whose subject came before.
  const between = words.slice(j, j + 4);
  const stop = between.findIndex((w) => /^(?:and|or|who|whose|whom|which|that)$/i.test(w));
  return (stop < 0 ? between : between.slice(0, stop)).some((w) =>
    /^(?:said|says|has|have|had|is|are|was|were|will|would|can|could|may|might|must|did|does|told|[a-z]{3,}(?:ed|es))$/.test(
      w,
    ),
  );
}

/** A dash standing alone between words: one of the pair that sets off an aside ("the working class -- dismissed … -- appears"). */
export const DASH = /^(?:-{1,2}|–|—)$/;

/** A sentence that opens on a subordinate clause or fronted phrase: its first commas end no claim. */
const SUBORDINATE_OPENER =
  /^(?:if|while|when|whenever|although|though|because|unless|whereas|once|after|before|as|since|until|according|in|on|at|by|for|with|during|despite|amid|among|from|under|over|unlike|like)$/i;

/**
 * Words that open a main clause on its subject after a fronted clause's comma ("…, there are many who…"); a subject
 * pronoun with its auxiliary contracted too ("…, there’s a sense among some that …", sample 42's #33).
 */
const SUBJECT_OPENER =
  /^(?:(?:it|he|she|they|we|i|you|there)(?:['’](?:s|re|ll|d|ve|m))?|the|a|an|this|these|those|his|her|their|our|its|my|many|some|most)$/i;

/**
 * A sentence that opens on a participle phrase and a preposition ("Courted by most of the Republican candidates …,
 * Adelson said …", "Asked if …", "Speaking to reporters …"): the phrase is fronted, its commas end no claim (sample
 * 42's #46).
 */
function frontedParticiple(words: readonly string[], from: number): boolean {
  return (
    /^[A-Z][a-z]{3,}(?:ed|ing|en)$/.test(words[from] ?? '') &&
    /^(?:by|to|with|in|on|at|for|from|about|as|if|whether|after|over|into|under|during)$/.test(words[from + 1] ?? '')
  );
}

/**
 * Where the main clause starts in a sentence that opens on a subordinate clause ("If we're hearing …
 * everywhere he can, it would seem …"): after the first comma outside an aside, or an aside's closing
 * dash, followed by a subject. A sentence opening otherwise, or whose subject is not found, starts its
 * main clause at once.
 */
export function mainClauseStart(words: readonly string[], from: number, end: number): number {
  const span = opensOnTimeSpan(words, from);
  if (!SUBORDINATE_OPENER.test(words[from] ?? '') && !frontedParticiple(words, from) && !span) return from;
  const subject = span ? TIME_SPAN_SUBJECT : SUBJECT_OPENER;
  let dashes = 0;
  let brackets = 0;
  for (let i = from; i < end - 1; i++) {
    brackets += (words[i]!.match(/\(/g) ?? []).length - (words[i]!.match(/\)/g) ?? []).length;
    const closing = DASH.test(words[i]!) && ++dashes % 2 === 0;
    const comma = /,$/.test(words[i]!) && dashes % 2 === 0 && brackets <= 0;
    if ((closing || comma) && (subject.test(words[i + 1]!) || opensOnName(words, i + 1))) return i + 1;
  }
  return from;
}
