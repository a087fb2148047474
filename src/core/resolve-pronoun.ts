import type { Sentence } from './analysis-types';
import { bodyHeaded } from './body-headed';
import { describedAntecedent } from './described-antecedent';
import { describedBefore } from './described-before';
import { descriptorObject } from './descriptor-object';
import { firmBehindSubject } from './firm-behind-subject';
import { handFirstName } from './hand-first-name';
import type { Gender } from './honorifics';
import { messageSubject } from './message-subject';
import { orgLike } from './org-like';
import { OUTLET_WORDS } from './outlet-words';
import type { PeopleIndex, Person, PersonMention } from './people';
import { personNoun } from './person-noun';
import { headNoun } from './phrase-head';
import { possessorAgent } from './possessor-agent';
import { pronounAntecedentRole } from './pronoun-antecedent-role';
import { pronounNamesake } from './pronoun-namesake';
import { relativeClauseSpeaker } from './relative-clause-speaker';
import { ROLE_HEADS } from './role-heads';
import { singularsOf } from './singulars-of';
import type { ResolvedSpeaker } from './speaker-resolution';
import { tradeNamedRun } from './trade-named-run';

type PronounKind = 'male' | 'female' | 'neuter' | 'plural' | 'person';

const PRONOUN_KIND: Record<string, PronounKind> = {
  person: 'person',
  he: 'male',
  his: 'male',
  she: 'female',
  her: 'female',
  it: 'neuter',
  its: 'neuter',
  they: 'plural',
  their: 'plural',
};

const LOOKBACK = 8;

/** What the resolver knows of the article when a pronoun comes up: the speakers recorded so far, by sentence. */
export interface PronounContext {
  sentences: Sentence[];
  index: PeopleIndex;
  speakers: ResolvedSpeaker[][];
  isQuoted: (offset: number) => boolean;
  /** Per name told something, whether it is an outlet (toldOutlet): the whole article is read once per name. */
  toldOutlets: Map<Person, boolean>;
  /**
   * The gender an earlier "he" or "she" resolved to a person gave them, where nothing else marks it: "a fisherman
   * named Eskil Moen … "…," he says" makes a later "she" no longer his (audit 51, article 5). Filled as pronouns resolve.
   */
  pronounGenders: Map<Person, Gender>;
}

/**
 * The person (or body) a tag's pronoun stands for: the nearest fitting speaker already attributed or person
 * mentioned, speakers weighing more than mentions and subjects more than objects (pronoun-antecedent-role.ts).
 */
export function resolvePronoun(
  word: string,
  sentenceId: number,
  at: number,
  context: PronounContext,
): ResolvedSpeaker | null {
  const { sentences, index, speakers, isQuoted } = context;
  const kind = PRONOUN_KIND[word];
  if (!kind) return null;
  const sex = kind === 'male' || kind === 'female' ? kind : null;
  let best: ResolvedSpeaker | null = null;
  let bestScore = Infinity;
  let unnamed: { distance: number; head: string } | undefined;
  let messageBefore = false;
  /** A null candidate is a namesake none of whom fits: nearer, it leaves the tag to no one. */
  const consider = (candidate: ResolvedSpeaker | null, score: number): void => {
    if (score >= bestScore) return;
    let chosen = candidate;
    // A bare surname two people share stands for the one namesake of the pronoun's sex, else for no one.
    const namesake = candidate?.person && sex ? pronounNamesake(candidate.person, sex, index) : candidate?.person;
    if (candidate && namesake !== candidate.person)
      chosen = namesake ? { name: namesake.name, person: namesake } : null;
    if (chosen === null || fits(chosen, kind, context)) {
      best = chosen;
      bestScore = score;
    }
  };
  for (let id = sentenceId; id >= 0 && id > sentenceId - LOOKBACK; id--) {
    const distance = sentenceId - id;
    if (distance > bestScore) break;
    // A speaker only a relative clause gave, beside another subject, weighs as its mention (relative-clause-speaker.ts).
    for (const [i, speaker] of speakers[id]!.entries())
      if (id === sentenceId || !relativeClauseSpeaker(speaker, sentences[id]!, index.mentions[id]))
        consider(speaker, distance - 0.5 + i * 0.01);
    // "The defendant wept as she …": a described subject is an antecedent too (described-antecedent.ts); unnamed,
    // the nearest is kept to weigh the candidate found beyond it.
    const described = sex && describedAntecedent(id, sentenceId, at, sex, context);
    if (described && 'person' in described) consider(described.person, distance);
    else if (described) unnamed ??= { distance, head: described.unnamed };
    // "The memo from the panel …. "…," it stated": an "it" whose nearer sentence opens on a message means the message;
    // a body or name only mentioned there or before it is not the one speaking (a recorded speaker still is).
    if (kind === 'neuter' && !messageBefore) messageBefore = messageSubjectAt(id, sentenceId, at, sentences);
    if (messageBefore) continue;
    // "One sailor from the dock in northern Nova Scotia told us …": an unnamed person the sentence opens on is whom
    // the pronoun likeliest means; neither a name in the phrase ("Nova Scotia") nor anyone beyond takes the tag, though
    // a speaker its sentence names ("One official in Kyiv, Olena Dovzhenko, said") still does (audit B-a60-1).
    if (id < sentenceId && descriptorPerson(sentences[id]!, index.mentions[id] ?? [])) consider(null, distance);
    (index.mentions[id] ?? []).forEach((mention, i) => {
      if ((id === sentenceId && mention.start > at) || isQuoted(mention.start)) return;
      if ((kind === 'male' || kind === 'female') && toldOutlet(mention, context)) return;
      // A full person's name takes "it" only as a firm (firmNamed), and only as its clause's subject.
      if (kind === 'neuter' && !mention.person.weak && firmBehindSubject(mention, sentences[id]!)) return;
      // An agent after an owned subject ("X's claim drew a reply from Y") outweighs the possessor (possessor-agent.ts).
      const agent = possessorAgent(mention, sentences[id]!, index.mentions[id]!);
      const role = (agent ? 0.2 : pronounAntecedentRole(mention, sentences[id]!)) + 0.01 * i;
      consider({ name: mention.person.name, person: mention.person }, distance + role);
    });
    if (kind === 'neuter' || kind === 'plural') {
      const sentence = sentences[id]!;
      const org = (index.others[id] ?? []).find(
        (o) => o.kind === 'organization' && (id < sentenceId || o.end <= at) && !isQuoted(o.start),
      );
      if (org) {
        const before = sentence.text.slice(Math.max(0, org.start - sentence.start - 12), org.start - sentence.start);
        const object = /\b(?:of|for|by|with|to|at|in|from|on|about)\s+(?:the\s+)?$/i.test(before);
        consider({ name: org.text, person: null }, distance + 0.2 + (object ? 1.5 : 0));
      }
    }
  }
  // "…," prosecutor Ann Roe said. The defendant wept. "…," she said: a candidate beyond an unnamed description, whose
  // role the copy gives as another ("prosecutor"), is not the one described; the tag goes to no one. A candidate of
  // no such role may be ("Hillary Clinton … The candidate took to the airwaves … she said").
  if (best && unnamed && bestScore > unnamed.distance && otherRole(best, unnamed.head)) return null;
  const person = (best as ResolvedSpeaker | null)?.person;
  // Not after a person described in the pronoun's own sentence ("Its first reader, a retired nurse, had asked …, she
  // said"): the pronoun may be hers, so it says nothing of the one it resolved to (as tagged-gender.ts reads it).
  const sentence = sentences[sentenceId]!;
  if (person && sex && person.gender === null && !context.pronounGenders.has(person))
    if (!describedBefore(sentence.text.slice(0, at - sentence.start))) context.pronounGenders.set(person, sex);
  return best;
}

/**
 * Whether the sentence opens on an indefinite description of a person and its preposition ("One owner in …") and
 * names no one after it: "Some members of Congress have been …, but Representative Brooks …" has a subject of its own.
 */
function descriptorPerson(sentence: Sentence, mentions: readonly PersonMention[]): boolean {
  const opening = sentence.text.slice(0, 200).split(/[,;:—–]/)[0]!;
  const end = sentence.start + opening.length;
  return descriptorObject(opening) && !mentions.some((m) => m.start >= end);
}

/** Whether the candidate's role, as the copy gives it, has another head than the description's. */
function otherRole(candidate: ResolvedSpeaker, head: string): boolean {
  const role = candidate.person ? candidate.person.role : candidate.name;
  return !!role && headNoun(role.split(',')[0]!.trim().split(/\s+/)) !== head;
}

function fits(candidate: ResolvedSpeaker, kind: PronounKind, context: PronounContext): boolean {
  const { pronounGenders } = context;
  if (kind === 'person') return candidate.person !== null;
  if (kind === 'male' || kind === 'female') {
    if (!candidate.person) {
      // "Food Centre", "the Harbour Authority": a body's capitalised head is no "he" or "she" (audit 52, B-a52-1).
      if (bodyHeaded(candidate.name)) return false;
      const head = headNoun(candidate.name.split(/\s+/));
      return (ROLE_HEADS.has(head) && !/s$/.test(head)) || oneOfPeople(candidate.name);
    }
    if (outletNamed(candidate.person)) return false;
    return (candidate.person.gender ?? pronounGenders.get(candidate.person) ?? kind) === kind;
  }
  if (candidate.person && kind === 'neuter' && candidate.person.gender === null && !candidate.person.weak)
    return firmNamed(candidate.person, context);
  if (candidate.person) return kind === 'neuter' && candidate.person.weak && candidate.person.gender === null;
  if (ROLE_HEADS.has(headNoun(candidate.name.split(/\s+/)))) return false;
  // "The Harbour Trust and the Port Authority met …": two bodies read as one name are no "it" (issue 11).
  if (kind === 'neuter' && /\band\s+the\s+\p{Lu}/u.test(candidate.name)) return false;
  const plural = /s$/i.test(candidate.name) && !/ss$/i.test(candidate.name);
  // "Acme Holdings", "General Motors": a body's name of capitalised words may end in "s" and be one body, an "it".
  return kind === 'plural' ? plural : !plural || namedBody(candidate.name);
}

/** "One of the owners", "one of the union officials": one person picked from a plural (group 1). */
const ONE_OF = /^one of (?:the|its|his|her|their|our|these|those) (?:\p{Ll}+ )?(\p{Ll}+)$/iu;

/**
 * Whether a described speaker is one person of a plural whose singular is a role or a person noun (WordNet's
 * noun.person, person-noun.ts): a "he" or "she" as "the owner" or "a farmer" is.
 */
function oneOfPeople(name: string): boolean {
  const one = ONE_OF.exec(name);
  return one !== null && singularsOf(one[1]!).some((noun) => ROLE_HEADS.has(noun) || personNoun(noun));
}

/**
 * "Smith, 45, told Reuters he had …": a name the people index holds that is an outlet's ("Reuters", "Associated
 * Press": its last word an outlet's, no first name, no gender or role the copy gives it) is the one told, never a
 * "he" or "she" (review B-main-79). "Jim Daily" opens with a first name and stays a person.
 */
function outletNamed(person: Person): boolean {
  if (!unmarkedName(person)) return false;
  return OUTLET_WORDS.has(person.name.split(/\s+/).at(-1)!);
}

/** No honorific, gender, role or first name: nothing in the copy says the name is a person's. */
function unmarkedName(person: Person): boolean {
  if (person.gender !== null || person.role) return false;
  const first = person.name.split(/\s+/)[0]!;
  return !handFirstName(first);
}

const AFTER_TOLD = /\btold\s+(?:the\s+)?$/;

/**
 * "Okafor told Axios he had …": the object of "told" is the one told, never the "he" or "she" of the telling, when the
 * copy never makes that name a person (no honorific, first name or role, and never the subject of a clause outside
 * "told …"). The grammar, not a list of outlets, so "Politico" or a paper unknown to OUTLET_WORDS is read too
 * (review B-r38-4).
 */
function toldOutlet(mention: PersonMention, context: PronounContext): boolean {
  if (!isToldObject(mention, context.sentences)) return false;
  const known = context.toldOutlets.get(mention.person);
  if (known !== undefined) return known;
  const outlet =
    unmarkedName(mention.person) &&
    context.index.mentions.every((list) =>
      list.every((m) => m.person !== mention.person || !m.subject || isToldObject(m, context.sentences)),
    );
  context.toldOutlets.set(mention.person, outlet);
  return outlet;
}

function isToldObject(mention: PersonMention, sentences: Sentence[]): boolean {
  const sentence = sentences[mention.sentenceId]!;
  const before = sentence.text.slice(Math.max(0, mention.start - sentence.start - 12), mention.start - sentence.start);
  return AFTER_TOLD.test(before);
}

/**
 * Two capitalised words or more (after "the") with a body's head among them: "Acme Holdings", "the United Nations".
 * A last word whose singular is a WordNet person noun ("House Democrats", "Senate Republicans", "Young Americans")
 * names people, a "they", whatever body word precedes it (review R56-1).
 */
function namedBody(name: string): boolean {
  const words = name.replace(/^the\s+/, '');
  if (!/^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(words) || !orgLike(words)) return false;
  return !singularsOf(words.slice(words.lastIndexOf(' ') + 1).toLowerCase()).some(personNoun);
}

/** Whether the sentence at id, up to the pronoun in its own, opens on a message "it" would take up (message-subject.ts). */
function messageSubjectAt(id: number, sentenceId: number, at: number, sentences: Sentence[]): boolean {
  const sentence = sentences[id]!;
  const text = id === sentenceId ? sentence.text.slice(0, at - sentence.start) : sentence.text;
  return messageSubject(text, id === sentenceId);
}

/**
 * "Acme Shipping cut 200 jobs. "…," it said": the people index holds a run of title-case words closing on a line of
 * business as a name, which the entities type as a firm (trade-named-run.ts); for "it" it is the body it names.
 */
function firmNamed(person: Person, context: PronounContext): boolean {
  const text = context.sentences.map((s) => s.text).join(' ');
  const entity = { name: person.name, type: 'person' as const, ...(person.role && { role: person.role }) };
  return tradeNamedRun(entity, text) !== null;
}
