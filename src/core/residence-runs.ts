import { handFirstName } from './hand-first-name';
import { isListedFirstName } from './listed-first-name';
import { nameRunPart } from './name-run-part';
import type { NameRun } from './name-runs';
import { orgLike } from './org-like';
import { parsePerson } from './parse-person';
import { isRoleHead } from './role-heads';
import { TITLE_WORDS } from './split-title';

const capitalised = (text: string): boolean => /^\p{Lu}\p{Ll}/u.test(text);

/**
 * "Mary Alice Fenton of Brady Fork said …": the connector joins a person's name and where she lives (or works) into one
 * capitalised run, which was read as one name titled "Mary Alice Fenton of" and called "Brady Fork", so the town took
 * her words and a "she said" after them (audit 57, B-a57-4). Where a full name that a listed given name opens stands
 * before the run's one "of" and one to three capitalised words after it, the run is two: the person, then the place
 * or body, which is no person (not-a-person.ts). A post ("Secretary of State", "Mary Queen of Scots") or a
 * body ("Bank of America") before the "of" keeps the run whole: no given name opens it, or a role or body word is in it.
 * A pair of full names, each opened by a given name, splits the same way ("nuclear experts David Albright and Serena
 * Vergara of Washington's Institute …"): read whole, the run was a person called "Washington" (fix57a, session 57).
 */
export function residenceRuns(runs: NameRun[]): NameRun[] {
  return runs.flatMap((run) => {
    const of = run.words.findIndex((w) => w.text === 'of');
    // "David Albright and Serena Vergara of Washington's …": a pair of full names may stand before the "of".
    const and = run.words.findIndex((w, i) => i < of && w.text === 'and');
    if (of < 2 || of > (and > 0 ? 8 : 4) || run.words.findIndex((w, i) => i > of && w.text === 'of') > 0) return [run];
    const lead = run.words.slice(0, of);
    const from = run.words[of + 1]?.text === 'the' ? of + 2 : of + 1;
    const place = run.words.slice(from);
    if (place.length === 0 || place.length > 3 || !place.every((w) => capitalised(w.text))) return [run];
    const givenName = (w: string | undefined): boolean => !!w && (handFirstName(w) || isListedFirstName(w));
    if (!givenName(lead[0]!.text) || (and > 0 && !givenName(lead[and + 1]?.text))) return [run];
    const words = lead.filter((_, i) => i !== and).map((w) => w.text);
    if (
      !words.every(capitalised) ||
      words.some((w) => isRoleHead(w) || TITLE_WORDS.test(w)) ||
      orgLike(words.join(' '))
    )
      return [run];
    const person = nameRunPart(lead, run.previous);
    const parse = parsePerson(person);
    if (!parse?.name.includes(' ') || parse.end !== person.end) return [run];
    return [person, { ...nameRunPart(place, run.words[from - 1]!.text), residence: true }];
  });
}
