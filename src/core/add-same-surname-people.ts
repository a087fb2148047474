import type { JoinedTitles } from './and-joined-office';
import { escapeRegExp } from './escape-reg-exp';
import { handFirstName } from './hand-first-name';
import { HONORIFICS } from './honorifics';
import { WORD_EDGE } from './latin-letters';
import { looksLikePerson } from './looks-like-person';
import { ROLE_HEADS } from './role-heads';
import { roleOf } from './role-of';
import { speechTagged } from './speech-tagged';
import { TITLE_WORDS } from './split-title';
import type { Person } from './who-is-who';
import { whoIsWhoSourceKind } from './who-is-who-source';
import { LEAD_IN, NOT_FIRST } from './without-lead-in';

/**
 * "Bill Clinton" and "Hillary Clinton" share a surname: each full name the copy writes out beside a listed one is its
 * own person, added to `people` (which the checks read as it grows, so a name is added once).
 */
export function addSameSurnamePeople(
  people: Person[],
  text: string,
  counted: (word: string) => number,
  // Whether the name itself is quoted: "Bill Clinton" beside a quoted "Hillary Clinton" is not.
  spoke: (name: string) => boolean,
  titles: JoinedTitles,
  // The name without a form of address the copy shows to be one ("Cde Mharadze" is Tendai Mharadze; copy-honorific.ts).
  addressed: (name: string) => string,
): void {
  for (const p of [...people]) {
    const words = p.name.split(/\s+/);
    if (words.length < 2) continue;
    const surname = words[words.length - 1]!;
    for (const m of text.matchAll(
      new RegExp(`${WORD_EDGE}(\\p{Lu}\\p{Ll}+) ${escapeRegExp(surname)}${WORD_EDGE}`, 'gu'),
    )) {
      const name = `${m[1]} ${surname}`;
      if (NOT_FIRST.has(m[1]!) || HONORIFICS.has(m[1]!) || TITLE_WORDS.test(m[1]!) || LEAD_IN.test(m[1]!)) continue;
      if (addressed(name) !== name) continue;
      // "Director Comey said": a role word before the surname is no first name, quoted or not; a role word that is
      // also a known first name ("Dean Phillips") is the name, unless a namesake holds that role ("Vikram Amar,
      // dean of the law school … Dean Amar said").
      const role = m[1]!.toLowerCase();
      if (
        ROLE_HEADS.has(role) &&
        (!handFirstName(m[1]!) ||
          people.some(
            (q) =>
              q.name.endsWith(` ${surname}`) && new RegExp(`${WORD_EDGE}${role}${WORD_EDGE}`, 'i').test(q.role ?? ''),
          ))
      )
        continue;
      if (people.some((q) => q.name.endsWith(name) || q.name.startsWith(`${m[1]} `))) continue;
      // A known first name, or a full name the copy writes out twice: not "Did Trump" or "Candidate Trump".
      if (!handFirstName(m[1]!) && counted(name) < 2) continue;
      // "his brother, German Ortega … German Ortega said": a full name written twice and tagged with a quote is
      // a person even when its first word is also a nationality the name finder will not start a name on.
      if (!looksLikePerson(name, text, speechTagged(name, text))) continue;
      const own = roleOf(name, undefined, text, titles);
      const kind = whoIsWhoSourceKind([name], own, text);
      // The surname's mentions are shared (namesakeWeights parts them later); the quotes and the role are p's own.
      const quoted = spoke(name);
      const weight = p.weight - (p.spoke ? 2 : 0) - (p.bonus ?? 0) + (quoted ? 2 : 0);
      people.push({ ...p, name, role: own, weight, order: p.order + 0.5, ...kind, bonus: 0, spoke: quoted });
    }
  }
}
