import type { Sentence } from './analysis-types';
import type { Gender } from './honorifics';
import type { PeopleIndex, Person, PersonMention } from './people';
import { personNoun } from './person-noun';
import { personNounSex } from './person-noun-sex';
import { headNoun } from './phrase-head';

/** A sentence opening on "The" and up to three lower-case words: where a description subject's head is looked for. */
const OPENING = /^The((?:\s+[a-z][a-z-]*){1,3})(?=[\s,])/;
/** The words after a head that still leave it a subject: a verb, an aside, a relative or a prepositional phrase. */
const GOES_ON = /^(?:,|\s+[a-z])/;
/** Words before the head, at most: an adjective ("The young woman", "The former clerk"). */
const MODIFIERS = 1;

/** A definite description opening its sentence: "The defendant", "The woman in the dock". */
interface Description {
  /** Absolute offsets of the description ("The defendant"). */
  start: number;
  end: number;
  head: string;
}

/**
 * "The defendant, wearing a gray cardigan, wept as she read …": a sentence whose subject is a definite description
 * of a person (its head a WordNet person noun, person-noun.ts) brings in someone a later "she" or "he" can mean,
 * though the people index holds no name for them. Null when the description is a name's mention already (a role the
 * copy gave a named person, "the judge", role-mentions.ts), an apposition names it ("The judge, Ann Roe,"), its head
 * is a possessor ("The defendant's lawyer") or modifies another person noun ("The woman police officer").
 */
function description(sentence: Sentence, mentions: readonly PersonMention[]): Description | null {
  const opening = OPENING.exec(sentence.text);
  if (!opening) return null;
  const words = opening[1]!.trim().split(/\s+/);
  let at = 3;
  // The head is the first or second word ("The defendant", "The young woman"); a person noun further on follows a
  // verb ("The court heard victim statements").
  for (const [i, word] of words.slice(0, MODIFIERS + 1).entries()) {
    at = sentence.text.indexOf(word, at) + word.length;
    if (!personNoun(word)) continue;
    // "The victim support group", "The woman police officer": a noun after it is the head.
    if (i + 1 < words.length && personNoun(words[i + 1]!)) continue;
    if (!GOES_ON.test(sentence.text.slice(at))) return null;
    const [start, end] = [sentence.start, sentence.start + at];
    // A mention at the description or an apposition right after it ("The judge, Ann Roe,") is the person meant.
    if (mentions.some((m) => m.start < end + 3 && m.end > start)) return null;
    return { start, end, head: word };
  }
  return null;
}

/** The antecedent a described subject is: a person the copy gave that role, else someone it does not name (null). */
export interface DescribedSubject {
  person: { name: string; person: Person } | null;
  /** Absolute offsets of the description ("The defendant"). */
  start: number;
  end: number;
  /** The description's head noun ("defendant") and the sex it says ("woman"), null for none ("defendant"). */
  head: string;
  sex: Gender | null;
}

/**
 * The sentence's described subject as a pronoun's antecedent (audit 48 B-a48-1), when it opens before `before`
 * (an offset) outside quotation: the person named earlier whose role has the description's head ("prosecutor Ann Roe
 * … The prosecutor said she"), else null: someone the copy may never name — a "she said" after "The defendant wept"
 * is the defendant's, never the prosecutor's quoted before (resolve-pronoun.ts weighs it). Undefined when the sentence
 * opens on no such description.
 */
export function describedSubject(
  sentence: Sentence,
  index: PeopleIndex,
  before: number,
  isQuoted: (offset: number) => boolean,
): DescribedSubject | undefined {
  const found = description(sentence, index.mentions[sentence.id] ?? []);
  if (!found || found.end > before || isQuoted(found.start)) return undefined;
  const sex = personNounSex(found.head);
  // The person of that role mentioned last at or before the sentence.
  const named = (mentionsByRoleHead(index).get(found.head) ?? []).findLast((m) => m.sentenceId <= sentence.id);
  const person = named ? { name: named.person.name, person: named.person } : null;
  return { person, start: found.start, end: found.end, head: found.head, sex };
}

/** Per index, the mentions of people with a role, by the role's head noun: read once an article, not once a tag. */
const byRoleHead = new WeakMap<PeopleIndex, Map<string, PersonMention[]>>();

function mentionsByRoleHead(index: PeopleIndex): Map<string, PersonMention[]> {
  let heads = byRoleHead.get(index);
  if (heads) return heads;
  heads = new Map();
  const headOf = new Map<Person, string>();
  for (const mention of index.mentions.flat()) {
    const role = mention.person.role;
    if (!role) continue;
    let head = headOf.get(mention.person);
    if (head === undefined) {
      head = headNoun(role.split(',')[0]!.trim().split(/\s+/));
      headOf.set(mention.person, head);
    }
    const list = heads.get(head);
    if (list) list.push(mention);
    else heads.set(head, [mention]);
  }
  byRoleHead.set(index, heads);
  return heads;
}
