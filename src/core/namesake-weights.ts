import { escapeRegExp } from './escape-reg-exp';
import { firstNameGender } from './first-name-gender';
import { fullNameStarts } from './full-name-starts';
import { WORD_EDGE } from './latin-letters';
import { matchesFromStarts } from './matches-from-starts';
import { surname } from './mentions-entity';
import { PARTICLES } from './name-particles';
import { textOccurrences } from './text-occurrences';

/**
 * How often the copy writes this person's given name before the surname (0 when only "Charles and David Koch" names
 * him) ("George W. Bush", "George Bush"): the
 * pattern tried only where the surname's occurrences let it start, not at every position of the copy.
 */
function inFull(name: string, text: string): number {
  const words = name.split(/\s+/);
  const last = surname(name);
  const pattern = `${WORD_EDGE}${escapeRegExp(words[0]!)}\\s+(?:[A-Z]\\.\\s?)*(?:[A-Z][a-z]+\\s+)?${escapeRegExp(last)}${WORD_EDGE}`;
  // An empty given name or surname (a name with a space at either end) may match anywhere: the whole-copy scan then.
  if (!words[0] || !last) return (text.match(new RegExp(pattern, 'g')) ?? []).length;
  const starts = fullNameStarts(words[0], last, text);
  // No start, no match: the expression (compiled per namesake) is built only for a name the copy writes in full.
  return starts.length ? matchesFromStarts(text, new RegExp(pattern, 'y'), starts).length : 0;
}

/**
 * "Mrs. Clinton" beside Hillary and Bill Clinton, each named in full once: the honorific of one given name's gender
 * (a name the lists place on one side only) names that namesake, and breaks the tie of full mentions; beside Laura and
 * Barbara Bush, "Mrs. Bush" could be either.
 */
function titledAs(given: string, others: readonly string[], last: string, text: string): number {
  const own = firstNameGender(given);
  // Another namesake of the same gender, or of none the lists give, could be the one titled.
  if (own === null || others.some((g) => g !== given && firstNameGender(g) !== (own === 'female' ? 'male' : 'female')))
    return 0;
  const female = own === 'female';
  const honorific = female ? '(?:Mrs|Ms|Miss)' : 'Mr';
  const pattern = `${WORD_EDGE}${honorific}\\.? ${escapeRegExp(last)}${WORD_EDGE}`;
  if (!last) return (text.match(new RegExp(pattern, 'g')) ?? []).length;
  // Read from the surname's occurrences: the honorific ends a space (and a dot) before one.
  const starts: number[] = [];
  // Only where the honorific is written: a roster of namesakes with no "Mr." then compiles and runs nothing.
  for (const r of textOccurrences(text, last))
    for (const end of [r - 1, r - 2])
      for (const h of female ? ['Mrs', 'Ms', 'Miss'] : ['Mr'])
        if (end >= h.length && text.startsWith(h, end - h.length)) starts.push(end - h.length);
  return starts.length ? matchesFromStarts(text, new RegExp(pattern, 'y'), starts).length : 0;
}

/**
 * "George H.W. Bush", "George W. Bush" and "Jeb Bush", or "Donald Trump" and "Melania Trump": a surname's
 * mentions are not each namesake's. The one the copy names in full most often keeps them; each other
 * namesake counts its own full mentions, so a brother named once does not crowd a quoted source out. Where every
 * mention of the surname is a full name, each namesake has exactly its own, tied or not.
 */
export function namesakeWeights<T extends { name: string; weight: number }>(
  people: T[],
  mentionsOf: (surname: string) => number,
  text: string,
  // Other weights of the same people in the same order ("named" beside "weight"): the full and titled mentions are
  // counted once for both, not read from the copy again.
  alike: Array<Array<{ name: string; weight: number }>> = [],
): void {
  const groups = new Map<string, string[]>();
  for (const p of people) {
    if (!p.name.includes(' ')) continue;
    const given = p.name.split(/\s+/)[0]!;
    // "De Blasio" opening a sentence is "Bill de Blasio": a particle is no given name.
    if (PARTICLES.has(given.toLowerCase())) continue;
    const list = groups.get(surname(p.name)) ?? [];
    if (!list.includes(given)) list.push(given);
    groups.set(surname(p.name), list);
  }
  const counts = new Map<string, number>();
  const most = new Map<string, number>();
  // Namesakes tied, and a surname the copy writes only inside their full names ("Bill Clinton" once, "Hillary Clinton"
  // once, no bare "Clinton"): each is named as often as its own full name.
  const allFull = new Set<string>();
  for (const [last, given] of groups) {
    if (given.length < 2) continue;
    const full = given.map((g) => inFull(`${g} ${last}`, text));
    // A namesake the copy never writes in full still counts once, as the name it is listed by.
    given.forEach((g, i) => {
      counts.set(`${g} ${last}`, Math.max(1, full[i]!) + titledAs(g, given, last, text));
    });
    most.set(last, Math.max(...given.map((g) => counts.get(`${g} ${last}`)!)));
    const written = given.reduce((sum, g) => sum + counts.get(`${g} ${last}`)!, 0);
    const tied = given.filter((g) => counts.get(`${g} ${last}`) === most.get(last)).length > 1;
    if (tied && full.every((n) => n > 0) && written >= mentionsOf(last)) allFull.add(last);
  }
  for (const p of [people, ...alike].flat()) {
    const last = surname(p.name);
    const own = counts.get(`${p.name.split(/\s+/)[0]!} ${last}`);
    // Namesakes named in full equally often, with bare surnames too ("Clinton said" beside "Bill Clinton" once and
    // "Hillary Clinton" once): the copy does not say whose, and all keep them.
    if (!p.name.includes(' ') || own === undefined || (own === most.get(last) && !allFull.has(last))) continue;
    p.weight -= mentionsOf(last) - own;
  }
}
