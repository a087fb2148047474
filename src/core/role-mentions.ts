import type { Sentence } from './analysis-types';
import { apposedNameAfterRole } from './apposed-name-after-role';
import { descriptionFitsRole } from './description-fits-role';
import type { Person, PersonMention } from './people';
import { roleAcronymBefore } from './role-acronym';
import { ROLE_HEADS } from './role-heads';
import { soleRoleInitials } from './sole-role-initials';

/** Role words too common to identify one person ("the head of ...", "a member"). */
export const GENERIC_ROLES = new Set([
  'head',
  'member',
  'official',
  'star',
  'player',
  'worker',
  'friend',
  'fan',
  'supporter',
  'resident',
  'student',
  'partner',
  'agent',
]);
const FUNCTION_WORDS = new Set([
  'who',
  'which',
  'that',
  'was',
  'is',
  'were',
  'are',
  'has',
  'had',
  'and',
  'or',
  'but',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'said',
  'says',
  'be',
]);
/** "the <up to three modifiers> <role head>" built from every role head word. */
export const DEFINITE_ROLE = new RegExp(
  `\\b[Tt]he\\s+((?:[A-Za-z][\\w-]*\\s+){0,3}?)(${[...ROLE_HEADS]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[-]/g, '\\-'))
    .join('|')})\\b`,
  'gi',
);

/** "the OC": an acronym after "the", the empty group standing for no modifiers. */
const ROLE_ACRONYM = /\b[Tt]he\s+()([A-Z]{2,6})\b/g;

/**
 * "the Tory leader", "the Bishop": a definite description whose head is the role of a person
 * named earlier is a mention of that person (the one named most recently).
 */
export function addRoleMentions(sentences: Sentence[], mentions: PersonMention[][]): void {
  const lastSeen = new Map<Person, number>();
  // The role words of everyone seen so far: a description can only point back to one of them, so a
  // sentence containing none of them is not searched (the pattern tries every "the" of the copy).
  // It relies on every role word being learned before this runs (people.ts learns them first): a
  // role learned later would be missing here and its descriptions silently skipped.
  const known = new Set<string>();
  const initials = soleRoleInitials(sentences, mentions);
  for (const sentence of sentences) {
    const found: PersonMention[] = [];
    const searched = mayNameRole(sentence.text, known);
    // "the OC said": an acronym a role defined ("officer-in-charge (OC)") is kept as written (learn-person.ts).
    const matches = searched ? [...sentence.text.matchAll(DEFINITE_ROLE), ...sentence.text.matchAll(ROLE_ACRONYM)] : [];
    for (const m of matches) {
      const head = /^[A-Z]+$/.test(m[2]!) ? m[2]! : m[2]!.toLowerCase();
      if (GENERIC_ROLES.has(head) || m[1]!.split(/\s+/).some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) continue;
      if (/^\s+[A-Z]/.test(sentence.text.slice(m.index + m[0].length))) continue; // "the leader Michael Howard"
      const modifiers = m[1]!
        .trim()
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w !== '');
      // "The Shadow Secretary" is not "the Trade Secretary": modifiers must be in the role too; and "the chancellor"
      // is not the "shadow chancellor" named last, a rank only one side has (description-fits-role.ts; audit 59,
      // B-a59-2): the most recent person the description fits.
      const described = m[0]!.split(/\s+/);
      const fits = (person: Person): boolean => {
        const role = (person.role ?? '').toLowerCase();
        if (modifiers.some((w) => !role.includes(w))) return false;
        return descriptionFitsRole(described, described.length - 1, person.role ?? '');
      };
      let best: Person | null = null;
      let bestSeen = -1;
      for (const [person, seen] of lastSeen) {
        if (person.roleWords.has(head) && seen > bestSeen && fits(person)) {
          best = person;
          bestSeen = seen;
        }
      }
      if (!best) continue;
      if (/^,\s+(?:the\s+)?[A-Z]/.test(sentence.text.slice(m.index + m[0].length))) continue;
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (apposedNameAfterRole(sentence, end, mentions[sentence.id]!)) continue; // "The chair of X, Lars Nyberg,"
      if (mentions[sentence.id]!.some((x) => x.start < end && x.end > start)) continue;
      const after = sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      const before = sentence.text.slice(Math.max(0, m.index - 12), m.index);
      found.push({
        person: best,
        sentenceId: sentence.id,
        start,
        end,
        possessive: /^['’]/.test(after),
        object: /\b(?:by|with|to|for|of|from|about|at|on|in|against|than|like)\s+$/i.test(before),
        subject: /^\s+[a-z]/.test(after + sentence.text.slice(m.index + m[0].length + 2, m.index + m[0].length + 4)),
      });
    }
    mentions[sentence.id]!.push(...found);
    for (const mention of mentions[sentence.id]!) {
      lastSeen.set(mention.person, sentence.id);
      // "Regional Commissioner (RC) Amina Juma": the acronym the title defines before the name is hers.
      const before = sentence.text.slice(0, mention.start - sentence.start);
      const acronym = roleAcronymBefore(before);
      if (acronym !== null) mention.person.roleWords.add(acronym);
      // "Regional Commissioner Anna Mghwira": the post's initials, where the copy writes "the RC" (role-initials.ts).
      for (const word of initials.get(mention) ?? []) mention.person.roleWords.add(word);
      for (const word of mention.person.roleWords) known.add(word);
    }
  }
}

/**
 * Whether the text contains one of the role words at all (any case): the head the pattern matches is
 * plain ASCII, so it is there in the lower-cased text whenever the pattern could find it.
 */
export function mayNameRole(text: string, roleWords: ReadonlySet<string>): boolean {
  if (roleWords.size === 0) return false;
  const lower = text.toLowerCase();
  // An acronym ("OC") is matched as written.
  for (const word of roleWords) if ((/^[A-Z]+$/.test(word) ? text : lower).includes(word)) return true;
  return false;
}
