import { bodySurnameRun } from './body-surname-run';
import { nameRunPart } from './name-run-part';
import type { NameRun } from './name-runs';
import { pairNextToSpeechVerb } from './next-to-speech-verb';
import { STOPWORDS } from './stopwords';
import { withKeys } from './with-keys';

/** One capitalised word, no initial or abbreviation ("Greer", "O’Neill"). */
const WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;

/**
 * "Greer and Halvorsen, both Democrats, said", "Lopez, Whitfield and Greer wrote": two lone capitalised words joined
 * by "and" make one run, which the parse reads as the second person under a title "Greer and", so the first person
 * has no mention and a pair's (or a list's) words go to the second alone. The run is two surnames when the copy
 * names each word elsewhere as the last word of a full name ("Anna Greer", "Tom Halvorsen"); a body's name ("Food
 * and Drug", "Procter and Gamble") has no such names around it. `text` is the run's sentence, `copy` the article's
 * text, read only for such a run. A body's name and a surname ("the Ministry of Finance and Mirza") are a pair too
 * (body-surname-run.ts).
 */
export function surnamePairRuns(runs: NameRun[], text: string, copy: () => string): NameRun[] {
  return runs.flatMap((run) => {
    const body = bodySurnameRun(run, copy);
    if (body) return body;
    const [first, and, second] = run.words;
    if (run.words.length !== 3 || and?.text !== 'and' || !WORD.test(first!.text) || !WORD.test(second!.text))
      return [run];
    // Only as a speech verb's subject, where crediting one of the two would misattribute ("Choosing between Clinton
    // and Sanders" stays one run: a new mention there only moves pronouns).
    if (!pairNextToSpeechVerb(text, run.start, run.end)) return [run];
    if (!fullNameSurname(first!.text, copy()) || !fullNameSurname(second!.text, copy())) return [run];
    return [withKeys(nameRunPart([first!], run.previous), { ampersandAfter: true }), nameRunPart([second!], 'and')];
  });
}

/** Whether `surname` ends a name of two capitalised words or more somewhere in the copy ("Anna Greer"). */
function fullNameSurname(surname: string, copy: string): boolean {
  const escaped = surname.replace(/[-'’]/g, '\\$&');
  for (const m of copy.matchAll(new RegExp(`(\\p{Lu}[\\p{L}\\p{M}'’.-]*) ${escaped}(?![\\p{L}\\p{M}])`, 'gu')))
    if (!STOPWORDS.has(m[1]!.toLowerCase())) return true;
  return false;
}
