import type { Entity, Sentence } from './analysis-types';
import { articleTranscriptBlocks } from './article-transcript-blocks';

/**
 * The people a transcript names only in its turn labels ("PRESENTER, ROSALIND MAHER:", then "MAHER:"), by the id of
 * the sentence their first turn opens: a person who speaks, with the role the label gives, though the copy's prose
 * never names them (audit 51, B-a51-4). A label without a role gives the person alone.
 */
export function labelledPeople(sentences: Sentence[]): ReadonlyMap<number, Entity> {
  const people = new Map<number, Entity>();
  const seen = new Set<string>();
  for (const block of articleTranscriptBlocks(sentences))
    for (const { label, sentenceIds } of block.turns) {
      if (label.kind !== 'person' || seen.has(label.speaker)) continue;
      seen.add(label.speaker);
      const person: Entity = { name: label.speaker, type: 'person' };
      people.set(sentenceIds[0]!, label.role ? { ...person, role: label.role } : person);
    }
  return people;
}
