import { eachMatch } from './each-match';

/**
 * Whether a cue found in a sentence governs the sentence's main claim, or sits somewhere that only
 * describes a person or thing of it: a relative clause ("McConnell, who has criticized his campaign,
 * offered a restrained embrace"), a dashed or bracketed aside, or a noun phrase's modifier ("A pending
 * ballot initiative threatened…"). A cue there labels nothing the sentence asserts, so the passage is
 * not flagged for it. Read from the sentence's punctuation and function words only: the clause
 * structure the question templates already cut by (question-clauses.ts), not word lists per story.
 */

export type CueScope = 'main' | 'relative' | 'aside' | 'modifier';

/**
 * Words after which "who"/"which" asks (an indirect question: "unclear who will pay", "decide which
 * firm wins"), not relates: what follows is the claim's own content.
 */
const ASKING =
  /\b(?:know|knows|knew|known|unclear|clear|decide[sd]?|deciding|ask(?:s|ed)?|asking|say|says|said|tell|told|determine[sd]?|see|saw|show(?:s|ed)?|wonder(?:s|ed)?|explain(?:s|ed)?|reveal(?:s|ed)?|disclose[sd]?|specif(?:y|ied)|over|about|as to|is|was|question|matter|on)\s+$/i;

/** A relative clause runs from its pronoun to the next clause break (a comma closes a non-restrictive one). */
const RELATIVE_OPENER =
  /(?:,\s*|\b(?:[a-z]+\s+)?(?:of|with|to|for|in|by|from|under|on|at)\s+|\s)(?:who|whom|whose|which)\b/gi;
const CLAUSE_BREAK = /[,;:()]|\s[-–—―]\s|[—–―]/;

/** Does a relative clause hold the span [start, end)? */
function inRelative(text: string, start: number): boolean {
  for (const m of eachMatch(RELATIVE_OPENER, text)) {
    const open = m.index + m[0].length;
    if (open > start) break;
    // "unclear who will pay": an indirect question's pronoun opens the claim itself.
    if (!m[0].startsWith(',') && ASKING.test(text.slice(Math.max(0, m.index - 30), m.index + 1))) continue;
    const between = text.slice(open, start);
    if (CLAUSE_BREAK.test(between)) continue;
    // "there are economists who argue that…": the relative clause is what the sentence asserts.
    if (THERE_IS.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    // "Fitzpatrick, who added that the company planned to…": reported words, the claim the sentence carries.
    if (SPEECH.test(between)) continue;
    // "flights which take off from the EU will have to…": a restrictive clause has its own verb before the
    // main clause's modal, so a modal two words or more after the pronoun is the main one.
    if (!m[0].startsWith(',') && MAIN_AUX.test(text.slice(start)) && between.trim().split(/\s+/).length >= 2) continue;
    // "the lawsuit, which will be filed on Friday, …": a thing's own future, dated, is a coming event
    // the story reports (a person's, "who will compete next month", only describes them).
    if (/which$/i.test(m[0]) && between.trim() === '' && /^(?:will|shall)\b/i.test(text.slice(start))) continue;
    // "…raise revenue, which she plans to do through…": "do" stands for the main clause, so the cue governs it.
    if (PRO_VERB.test(text.slice(start, start + 40))) continue;
    return true;
  }
  return false;
}

const THERE_IS = /\bthere\s+(?:is|are|was|were|have been|has been)\b[^,;]*$/i;
const SPEECH = /\b(?:said|says|say|added|adds|told|announced|confirmed|stated)\b/i;
const MAIN_AUX = /^(?:will|would|shall|must|is|are|was|were|has|have|had)\b/i;
const PRO_VERB = /^\S+(?:\s+\S+){0,2}\s+to\s+do\b(?!\s+(?:with|the|a|an|his|her|their|its)\b)/i;

const DASH = /\s[-–—―]\s|[—―]/g;

/** Is the span inside a dashed pair (" - … - ", "—…—") or brackets? */
function inAside(text: string, start: number): boolean {
  // A dash or bracket opening the sentence makes the whole sentence the aside: its cues are its own.
  const dashes: number[] = [];
  for (const m of eachMatch(DASH, text)) if (m.index > 1) dashes.push(m.index);
  for (let i = 0; i + 1 < dashes.length; i += 2) if (dashes[i]! < start && start < dashes[i + 1]!) return true;
  const open = text.lastIndexOf('(', start);
  return open > 1 && text.indexOf(')', open) > start;
}

/**
 * "A pending ballot initiative", "the expected ruling": the cue word is an adjective between a
 * determiner and its noun, so it describes a thing the sentence goes on to say something else about.
 */
const MODIFIER_BEFORE =
  /\b(?:a|an|the|its|his|her|their|our|this|these|those|another|any|each|every)\s+(?:[a-z]+ly\s+)?$/i;
const NOUN_AFTER = /^\s+(?!(?:to|of|on|for|in|that|with|by|and|or|but|as|at|from|into)\b)[A-Za-z]/;

/**
 * A word joined by a hyphen before the cue ("long-awaited", "much-delayed", "no-nonsense"): the cue ends a compound
 * adjective, which English sets before a noun, and in a noun phrase a preposition governs ("for the long-awaited
 * market", "on their long-awaited holiday", "for what he described as 'a long-awaited intervention'") it describes a
 * circumstance of the clause, not what the clause says is still to come (audit 51's B-a51-13c). The same compound on
 * the clause's subject or object ("the long-awaited album is nearly done", "to begin a long-awaited retreat") may be
 * what the sentence is about, and is left to count.
 */
const COMPOUND_BEFORE =
  /\b(?:for|on|of|with|as|in|at|from|by|about|over|after|into|under|despite|without)\s+["“‘']?(?:(?:a|an|the|its|his|her|their|our|my|your|this|these|those|that)\s+)?[a-z]+-$/i;

function isModifier(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (/\s/.test(word.trim()) || !NOUN_AFTER.test(text.slice(end, end + 30))) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  return MODIFIER_BEFORE.test(before) || COMPOUND_BEFORE.test(before);
}

/** Where a cue matched at [start, end) sits in its sentence. */
export function cueScope(text: string, start: number, end: number): CueScope {
  if (inAside(text, start)) return 'aside';
  if (inRelative(text, start)) return 'relative';
  if (isModifier(text, start, end)) return 'modifier';
  return 'main';
}
