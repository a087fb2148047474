import { SPELLED_NUMBER } from './counted-kinds';
import type { NameRun } from './name-runs';

/** A spelled count opening a run, capitalised at a sentence's start ("Two", "Twelve"). */
const COUNT = new RegExp(`^(?:${SPELLED_NUMBER})$`, 'i');

/**
 * "Two Likud lawmakers, MK Avi Shaked …", "Three Labour councillors said": a count before a party's or a body's name
 * counts its members, it is no given name, yet the capitalised pair was read as a person "Two Likud" and even quoted
 * (audit 54, B-a54-14). The count leaves the run, and the name after it is read alone.
 */
export function countedRuns(runs: NameRun[]): NameRun[] {
  return runs.map((run) => {
    // Only a count before a title-case name: "Two of the Republicans" and a capitals headline ("TWO DEAD") stay whole.
    if (run.words.length < 2 || !COUNT.test(run.words[0]!.text) || !/^\p{Lu}\p{Ll}/u.test(run.words[1]!.text))
      return run;
    const words = run.words.slice(1);
    return { ...run, words, start: words[0]!.start, previous: run.words[0]!.text };
  });
}
