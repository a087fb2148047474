import type { Analysis, Entity } from './analysis-types';
import { mentionsEntity, surname } from './mentions-entity';
import { type PhraseOwnerContext, phraseOwner } from './phrase-owner';
import { previousPerson } from './previous-person';
import type { AnswerType } from './question-type';
import { STOPWORDS } from './tokenize-words';

/**
 * Whose fact a sentence states. "How many staffers does the DNC have?" is not answered by "The RNC has
 * 216 paid staffers", nor "what date was D'Souza sentenced?" by "In 2012, Chatwal pleaded guilty": the
 * type and the premise are there, the subject is someone else. "He had attended four previous Trump
 * events" does answer for Sexton when "He" is Sexton. The engine has no parse, so a sentence's subject
 * is the first person or body named in its main clause before its verb (a lead-in "In 2012," or
 * "According to X," skipped), else the owner of the words before that verb ("The committee's political
 * director" → the committee the article named last; phrase-owner.ts), a sentence-initial He/She the one
 * person the sentence before names (previous-person.ts), and a sentence opening on a quote its speaker.
 */

/** Openers of a lead-in phrase or clause that ends at the first comma and holds no subject. */
const LEAD_IN =
  /^["“‘']?(?:in|on|at|after|before|when|while|although|though|as|since|because|if|despite|during|according|for|by|with|without|under|last|this|earlier|later|once|unlike|like)\b/i;
/** The verb (or auxiliary) that ends a subject. */
const VERB =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|said|says|told|tells|\p{Ll}+ed)$/u;
/** How many words into its clause a subject may start. */
const SUBJECT_REACH = 6;
/** Who questions want another person than the ones they name ("who will replace X?"): not this signal's. */
const OWNERLESS_TYPES: ReadonlySet<AnswerType> = new Set(['person']);
const OPENS_QUOTE = /^["“]/;

const words = (text: string): string[] => text.match(/[\p{L}\p{N}][\p{L}\p{N}.’'-]*/gu) ?? [];
const bare = (word: string): string =>
  word
    .replace(/['’]s?$/, '')
    .replace(/\.$/, '')
    .toLowerCase();

/** The people and bodies the engine found, with the words a sentence may name each by. */
interface Named {
  entity: Entity;
  words: Set<string>;
}

function namedEntities(entities: readonly Entity[]): Named[] {
  return entities
    .filter((e) => e.type === 'person' || e.type === 'organization')
    .map((entity) => {
      const all = words(entity.name).map(bare);
      // A person is named by their surname; a body by any of its capitalised words ("the Democratic party").
      const named =
        entity.type === 'person' ? [bare(surname(entity.name))] : all.filter((w) => w.length > 2 && !STOPWORDS.has(w));
      return { entity, words: new Set(named) };
    });
}

/**
 * The owner of the phrase the sentence's main clause opens on, before its verb: a name, a possessor ("The
 * RNC's director"), an "of" complement, or a description's antecedent ("The committee" → the committee the
 * article named last; phrase-owner.ts). Null when none is found.
 */
function clauseSubject(text: string, named: Named[], context: Omit<PhraseOwnerContext, 'lead'>): Entity | null {
  let clause = text.trim();
  let lead = '';
  if (LEAD_IN.test(clause)) {
    const comma = clause.indexOf(',');
    if (comma < 0) return null;
    lead = clause.slice(0, comma);
    clause = clause.slice(comma + 1);
  }
  const ws = words(clause);
  for (let k = 0; k < Math.min(ws.length, SUBJECT_REACH); k++) {
    const word = ws[k]!;
    if (VERB.test(word)) break;
    // A body may be named by one capitalised word of its name ("Democratic leaders", "the Republican party").
    const hit = /^\p{Lu}/u.test(word) ? named.find((n) => n.words.has(bare(word))) : undefined;
    if (hit) return hit.entity;
  }
  // No name opens the clause: the owner of its opening phrase, up to a verb or a comma.
  const subject: string[] = [];
  for (const word of words(clause.split(/[,;:(—–]/)[0]!).slice(0, SUBJECT_REACH)) {
    if (VERB.test(word)) break;
    subject.push(word);
  }
  return subject.length === 0 ? null : phraseOwner(subject.join(' '), { ...context, lead });
}

/**
 * For each sentence, -1 when its subject is a person or body the question does not name (even if the
 * question's are named further on: "The RNC has 216 staffers, twice the DNC's"); 1 when it is one the
 * question names (by entity or by a name word); 0 when the subject is unknown, or the question names no one
 * or asks who.
 */
export function fillerOwners(
  analysis: Analysis,
  question: string,
  type: AnswerType,
  nameWords: ReadonlySet<string>,
): number[] {
  const n = analysis.sentences.length;
  const named = namedEntities(analysis.entities);
  const asked = named.filter((e) => mentionsEntity(question, e.entity));
  if (OWNERLESS_TYPES.has(type) || (asked.length === 0 && nameWords.size === 0)) return Array(n).fill(0);
  const isAsked = (name: string): boolean =>
    asked.some((e) => e.entity.name === name) || words(name).some((w) => nameWords.has(bare(w)));
  return sentenceSubjects(analysis, named).map((subject) => (subject === null ? 0 : isAsked(subject) ? 1 : -1));
}

/** Each sentence's subject depends on the article alone: read once for all the questions asked of it. */
const subjectsCache = new WeakMap<Analysis, (string | null)[]>();

function sentenceSubjects(analysis: Analysis, named: Named[]): (string | null)[] {
  const cached = subjectsCache.get(analysis);
  if (cached) return cached;
  const people = analysis.entities.filter((e) => e.type === 'person');
  const speakers = new Map<number, string>();
  for (const q of analysis.quotes) if (q.speaker) speakers.set(q.sentenceId, q.speaker);
  const texts = analysis.sentences.map((s) => s.text);
  const subjects = analysis.sentences.map((sentence, i) => {
    const text = sentence.text.trim();
    if (OPENS_QUOTE.test(text)) return speakers.get(sentence.id) ?? null;
    return (
      previousPerson(analysis.sentences, i, people, speakers) ??
      clauseSubject(text, named, { before: texts.slice(0, i), entities: analysis.entities })?.name ??
      null
    );
  });
  subjectsCache.set(analysis, subjects);
  return subjects;
}
