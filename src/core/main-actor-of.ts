import type { Entity, Sentence } from './analysis-types';
import { surname, wholeWordAt } from './mentions-entity';
import { textOccurrences } from './text-occurrences';

/**
 * The person or organisation the most sentences name: whom a question naming nobody is about.
 * People get half a sentence's head start, so a tie goes to a person.
 *
 * A sentence names an entity as `mentionsEntity` reads it: the whole name in it, or a person's surname of three
 * letters or more as a whole word. Found in the sentences joined once, each occurrence mapped back to the sentence
 * holding it whole: asking every sentence about every entity was entities × sentences (thousands of people each
 * named in a sentence of their own).
 */
export function mainActorOf(sentences: Sentence[], entities: Entity[]): string | null {
  const texts = sentences.map((s) => s.text);
  // A line break joins them: no word character, so a surname at a sentence's edge stays a whole word.
  const copy = texts.join('\n');
  const starts: number[] = [];
  let start = 0;
  for (const text of texts) {
    starts.push(start);
    start += text.length + 1;
  }
  /** The sentence holding the `length` characters at `at` whole, or -1 (an occurrence across the join). */
  const sentenceOf = (at: number, length: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return at + length <= starts[lo]! + texts[lo]!.length ? lo : -1;
  };
  let best: string | null = null;
  let bestCount = 0;
  for (const entity of entities) {
    if (entity.type !== 'person' && entity.type !== 'organization') continue;
    const last = surname(entity.name);
    const naming = new Set<number>();
    // Every sentence includes the empty string.
    if (!entity.name) for (let i = 0; i < texts.length; i++) naming.add(i);
    for (const at of textOccurrences(copy, entity.name)) naming.add(sentenceOf(at, entity.name.length));
    if (entity.type === 'person' && last.length >= 3)
      for (const at of textOccurrences(copy, last))
        if (wholeWordAt(copy, at, last.length)) naming.add(sentenceOf(at, last.length));
    naming.delete(-1);
    const count = (entity.type === 'person' ? 0.5 : 0) + naming.size;
    if (count > bestCount) {
      best = entity.name;
      bestCount = count;
    }
  }
  return best;
}
