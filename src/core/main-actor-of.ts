import type { Entity, Sentence } from './analysis-types';
import { joinedSentences } from './joined-sentences';
import { surname, wholeWordAt } from './mentions-entity';
import { textOccurrences } from './text-occurrences';

/**
 * The person or organisation the most sentences name: whom a question naming nobody is about.
 * People get half a sentence's head start, so a tie goes to a person.
 *
 * A sentence names an entity as `mentionsEntity` reads it: the whole name in it, or a person's surname of three
 * letters or more as a whole word. Found in the sentences joined once (joined-sentences.ts): asking every sentence
 * about every entity was entities × sentences (thousands of people each named in a sentence of their own).
 */
export function mainActorOf(sentences: Sentence[], entities: Entity[]): string | null {
  const joined = joinedSentences(sentences.map((s) => s.text));
  let best: string | null = null;
  let bestCount = 0;
  for (const entity of entities) {
    if (entity.type !== 'person' && entity.type !== 'organization') continue;
    const last = surname(entity.name);
    const naming = new Set(joined.holding(entity.name));
    if (entity.type === 'person' && last.length >= 3)
      for (const at of textOccurrences(joined.copy, last))
        if (wholeWordAt(joined.copy, at, last.length)) naming.add(joined.sentenceOf(at, last.length));
    naming.delete(-1);
    const count = (entity.type === 'person' ? 0.5 : 0) + naming.size;
    if (count > bestCount) {
      best = entity.name;
      bestCount = count;
    }
  }
  return best;
}
