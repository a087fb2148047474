/**
 * Where a tag set between commas inside the clause it attributes sits, its verb before its subject: "The paradox of
 * Nancy, says Carl Anthony, historian at the library, is that she was "…"", "And Trump, said Sunshine, who remains
 * friendly with her former boss, doesn't forgive". The clause's own subject comes first and is no speaker. Only from
 * the sentence's first comma, and only a capitalised subject, as an inverted tag at the sentence's end is read, or a
 * common noun's phrase after a determiner ("The cost, say the trustees, is …") when the clause plainly goes on after
 * the tag: otherwise the verb scan took the clause's own subject ("the cost") as the speaker (review B-r44-11). Read on
 * a copy with the abbreviations' stops masked ("says Mr. Dan Okafor, Jr., …"), offsets unchanged. Split out of
 * parenthetical-tag.ts so the question builder cuts the same tag the speaker reading does (review B-r46-12).
 */
const PARENTHETICAL =
  /^([^,"“”]{2,80}?),\s+(says|said|say)\s+((?:the\s|a\s|an\s)?\p{Lu}[^,.;:"“”]{1,60}|(?:the|a|an)\s[^,.;:"“”]{1,60}),\s/u;

/** The clause going on after the tag: a finite verb or a clause's opener ("…, says X, is that …", "…, said X, why …"). */
const CLAUSE_GOES_ON =
  /^\s+(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|does|did|do|why|how|whether|what|that)\b/;
/** The speaker's aside between commas after the name ("…, says X, the council leader, is …", "…, who remains …,"). */
const ASIDE = /^\s+(?:the|a|an|his|her|its|their|who|whose|which)\s[^,"“”]{1,60},/;
const LOWER_START = /^(?:the|a|an)\s+\P{Lu}/u;
/** A generational suffix closing the name ("says Dan Okafor, Jr., the trust's lawyer, is …"), its stop masked. */
const SUFFIX = /^\s+(?:Jr|Sr|II|III|IV)\uE000?,/;
/** A name apposed to a lower-case description ("…, says the trust's lawyer, Dan Okafor, will …"): the name speaks. */
const APPOSED_NAME = /^\s+(\p{Lu}[^,.;:"“”]{1,60}),/u;

/** The apposed name after a description and where it ends, when the clause is seen going on after it; else null. */
function apposedName(text: string, name: number): { at: number; words: string; end: number } | null {
  const a = APPOSED_NAME.exec(text.slice(name));
  if (a === null || !CLAUSE_GOES_ON.test(text.slice(name + a[0].length))) return null;
  return { at: name + a[0].length - 1 - a[1]!.length, words: a[1]!, end: name + a[0].length };
}

/**
 * Where the tag's words end (after the name, or after one aside of the speaker's), so they can be cut from the
 * statement; null when what follows the name's comma is neither the clause going on nor an aside: the tag is kept
 * rather than cut at a guess (review B-r43-11).
 */
function tagEnd(text: string, name: number): number | null {
  const afterName = name + (SUFFIX.exec(text.slice(name))?.[0].length ?? 0);
  const rest = text.slice(afterName);
  if (CLAUSE_GOES_ON.test(rest)) return afterName;
  const aside = ASIDE.exec(rest);
  return aside && CLAUSE_GOES_ON.test(rest.slice(aside[0].length)) ? afterName + aside[0].length : null;
}

export interface ParentheticalSpan {
  /** The speaker's words (the apposed name after a description) and where they start in the text. */
  speaker: string;
  at: number;
  /** Where the tag starts (the comma after the clause's subject) and ends; end null when it is not seen to end. */
  start: number;
  end: number | null;
}

/** The parenthetical tag of a text with its abbreviations' stops masked; null when it has none or is not read. */
export function parentheticalSpan(text: string): ParentheticalSpan | null {
  const m = PARENTHETICAL.exec(text);
  if (m === null) return null;
  const lower = LOWER_START.test(m[3]!);
  const named = lower ? apposedName(text, m[0].length - 1) : null;
  const end = named?.end ?? tagEnd(text, m[0].length - 1);
  // A plural verb or a lower-case subject is a tag only when the clause is seen going on after it.
  if ((m[2] === 'say' || lower) && end === null) return null;
  const at = named?.at ?? m[0].length - 2 - m[3]!.length;
  return { speaker: named?.words ?? m[3]!, at, start: m[1]!.length, end };
}
