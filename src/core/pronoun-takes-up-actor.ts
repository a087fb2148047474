import type { Analysis } from './analysis-types';
import type { QuestionTerms } from './answer-terms';
import { surname } from './mentions-entity';
import { indexPeople } from './people';
import { TAG_VERBS } from './reported-speech-tag';

/** The words after a sentence's last comma, where a closing reporting tag stands ("…, the union said on Tuesday."). */
const LAST_CLAUSE = /,([^,]{3,90})$/;

/**
 * Whether the he/she/they opening sentence `first + 1` takes up the actor the question asks about in sentence `first`
 * (review 53, B-r53-3): "…talks with the operator's chief, Tom Pryor. He believes …" is Pryor's view, not the
 * commissioner's; "…, the union said. They accept …" is the union's. "He"/"she" needs an actor in the act sentence
 * of a fitting gender (the person the question names, else the sentence's first person, its subject as a rule) and
 * no other person of a fitting gender after it; where the analysis already read the pronoun's sentence as someone's
 * statement (its pronoun resolution), that speaker must be the actor too. "They" needs no single person asked, no
 * other speaker read there, and no other body reporting the act ("the union said"). The resolution alone is not
 * enough: it prefers a subject of unknown gender to a man named after it. Without the evidence, say less.
 */
export function pronounTakesUpActor(analysis: Analysis, first: number, pronoun: string, terms: QuestionTerms): boolean {
  const { sentences } = analysis;
  const act = sentences[first]!;
  const asked = (name: string): boolean => terms.nameWords.has(surname(name).toLowerCase());
  const speaker = analysis.statements.find((s) => s.sentenceId === sentences[first + 1]!.id)?.speaker;
  const mentions = indexPeople(sentences).mentions[act.id] ?? [];
  if (pronoun.toLowerCase() === 'they') {
    if ((speaker && !asked(speaker)) || mentions.some((m) => asked(m.person.name) && m.person.gender !== null))
      return false;
    const words = (LAST_CLAUSE.exec(act.text)?.[1] ?? '').trim().split(/\s+/);
    const verb = words.findIndex((w, i) => i > 0 && TAG_VERBS.has(w.replace(/\W+$/, '')));
    return verb < 0 || words.slice(0, verb).some((w) => terms.nameWords.has(w.toLowerCase()));
  }
  const gender = pronoun.toLowerCase() === 'he' ? 'male' : 'female';
  const fitting = mentions.filter((m) => m.person.gender === null || m.person.gender === gender);
  const actor = mentions.find((m) => asked(m.person.name)) ?? mentions[0];
  if (!actor || !fitting.includes(actor) || (speaker && speaker !== actor.person.name)) return false;
  return !fitting.some((m) => m.start > actor.start && m.person !== actor.person);
}
