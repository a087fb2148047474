import { holdsVerb } from './holds-main-verb';
import { NOT_A_NOUN } from './not-a-noun';
import { textOccurrences } from './text-occurrences';

/** Opening quotes and brackets a sentence (or a slogan) may start with. */
const OPENERS = `"“‘'(\\[`;
const SENTENCE_START = new RegExp(`(?:^|\\n|[.!?:;]["”’')\\]]*\\s+)[${OPENERS}]*$`);
/** "the Coalition to Stop Trump", "the Office of Immigrant Affairs Clinton": inside an organisation's name. */
const INSIDE_NAME = /\b\p{Lu}[\p{L}\w'’-]* (?:to|of|for|against|and) $/u;
const POSSESSIVE_THEN_WORD = /^(?:['’]s?) [a-z]/;
const NEXT_WORD = /^ ([a-z][\w-]*)/;

/**
 * Whether one occurrence of a run stands where a word glued to a surname stands, not where a person's name does
 * (positive evidence of the glue): sentence-initial, where a capital tells nothing ("Given Sanders' electoral
 * success", "Longtime Clinton foe files", "Team Clinton welcomed it"); before a possessive or a noun the run modifies
 * ("that Team Clinton's contention", "a committed Stop Trump movement", "Filipino Clinton staffers"); a quoted
 * slogan ("a shirt that read ''Fascist Trump,''", "a sign saying \"Jews Against Trump - …\""); inside an
 * organisation's name ("the Coalition to Stop Trump"). Anything else — a subject or an object in mid-sentence
 * ("and Rush Limbaugh repeated the claim", "praised Rush Limbaugh.", "with Magic Johnson on trade") — is a name's
 * use.
 */
function glueAt(text: string, at: number, run: string): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  const after = text.slice(at + run.length, at + run.length + 40);
  if (SENTENCE_START.test(before) || INSIDE_NAME.test(before)) return true;
  if (POSSESSIVE_THEN_WORD.test(after)) return true;
  if (new RegExp(`[${OPENERS}]$`).test(before) && !/^\s+\w/.test(after)) return true;
  const next = NEXT_WORD.exec(after)?.[1];
  // A noun after the run, not a verb: "-s" words read as plural nouns ("staffers"), as after "the".
  return !!next && !NOT_A_NOUN.test(next) && !holdsVerb(`the ${next}`);
}

/**
 * Whether every occurrence of the run inside one sentence stands where a glued word does. A run no sentence holds
 * ("World War I. Clinton", across a paragraph's end) is written nowhere as one name: nothing speaks against the glue.
 */
export function gluedEverywhere(sentences: readonly string[], run: string): boolean {
  for (const text of sentences)
    for (const at of textOccurrences(text, run)) {
      if (/[\p{L}\p{M}\d]/u.test(text[at - 1] ?? '') || /[\p{L}\p{M}\d]/u.test(text[at + run.length] ?? '')) continue;
      if (!glueAt(text, at, run)) return false;
    }
  return true;
}
