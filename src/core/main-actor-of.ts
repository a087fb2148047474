import type { Entity, Sentence } from './analysis-types';
import { mentionsEntity, surname } from './mentions-entity';

/**
 * The person or organisation the most sentences name: whom a question naming nobody is about.
 * People get half a sentence's head start, so a tie goes to a person.
 */
export function mainActorOf(sentences: Sentence[], entities: Entity[]): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const entity of entities) {
    if (entity.type !== 'person' && entity.type !== 'organization') continue;
    const last = surname(entity.name);
    let count = entity.type === 'person' ? 0.5 : 0;
    for (const s of sentences) if (mentionsEntity(s.text, entity, last)) count++;
    if (count > bestCount) {
      best = entity.name;
      bestCount = count;
    }
  }
  return best;
}
