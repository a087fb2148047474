import { knownFirstName } from './known-first-name';
import { nameRunPart } from './name-run-part';
import type { NameRun } from './name-runs';
import { ORG_HEADS } from './org-heads';

/** One capitalised word, no initial or abbreviation ("Mirza", "O’Neill"). */
const WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;

/**
 * "Officials at the Ministry of Finance and Mirza declined to comment": a body's name ("<Head> of|for …") and a lone
 * capitalised word after its "and" make one run, which body-name-part.ts reads as the rest of the body's portfolio
 * ("Department of Town Planning and Survey"), so the person's refusal or words were the body's (review 59, R59-10).
 * The word is a person's surname when the copy writes it after one known first name and only one ("Sana Mirza"
 * elsewhere); a portfolio word has none, and a word after two given names could be either person. `copy` is the
 * article's text, read only for such a run. Null when the run is no such pair.
 */
export function bodySurnameRun(run: NameRun, copy: () => string): NameRun[] | null {
  const n = run.words.length;
  const last = run.words[n - 1]!;
  if (n < 5 || run.words[n - 2]!.text !== 'and' || last.possessive || !WORD.test(last.text)) return null;
  const of = run.words.findIndex((w, k) => k > 0 && (w.text === 'of' || w.text === 'for'));
  if (of < 1 || of > n - 4 || !ORG_HEADS.has(run.words[of - 1]!.text)) return null;
  if (givenNames(last.text, copy()).size !== 1) return null;
  return [nameRunPart(run.words.slice(0, n - 2), run.previous), nameRunPart([last], 'and')];
}

/** The known first names (hand tables or stdlib's lists) the copy writes right before `surname`. */
function givenNames(surname: string, copy: string): Set<string> {
  const escaped = surname.replace(/[-'’]/g, '\\$&');
  const names = new Set<string>();
  for (const m of copy.matchAll(new RegExp(`(\\p{Lu}\\p{Ll}+) ${escaped}(?![\\p{L}\\p{M}])`, 'gu')))
    if (knownFirstName(m[1]!)) names.add(m[1]!);
  return names;
}
