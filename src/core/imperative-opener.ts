import { handFirstName } from './hand-first-name';
import { isListedFirstName } from './listed-first-name';
import type { NameRun } from './name-runs';
import { ROLE_HEADS } from './role-heads';
import { VERB_BASES } from './verb-base-set';

/** Words WordNet reads as verbs more often than as nouns (src/train/build-verb-bases.ts): "imagine", "consider". */
const VERBS: ReadonlySet<string> = VERB_BASES;

const given = (word: string): boolean => handFirstName(word) || isListedFirstName(word);

/**
 * "“Imagine Brad Thor going up against Trump…”", "Consider Ana Ruiz, who…": a verb's base form opening a sentence or
 * a quotation (no word before the run) is an imperative, no part of the name after it. Only before a given name from
 * the lists and a further name word, and never itself a given name ("Rush Limbaugh", "Sue Ellen Hart", "Will Doyle"),
 * so a lone capitalised word ("Imagine Thor") and a body's name ("Watch Tower Society") stay as they were; nor a role
 * noun that is a verb too ("Rival Hillary Clinton, however, …" keeps its role).
 */
export function imperativeOpener(run: NameRun): boolean {
  const [opener, next] = run.words;
  return (
    run.previous === undefined &&
    run.words.length >= 3 &&
    opener !== undefined &&
    next !== undefined &&
    VERBS.has(opener.text.toLowerCase()) &&
    !ROLE_HEADS.has(opener.text.toLowerCase()) &&
    /^\p{Lu}\p{Ll}+$/u.test(opener.text) &&
    !given(opener.text) &&
    given(next.text)
  );
}
