import type { Entity, Sentence } from './analysis-types';
import { mentionsEntity } from './mentions-entity';

/** "She said …", and a list item's "- She declined …" (a bulleted story's dash or bullet opens the line). */
export const PRONOUN_START = /^(?:[-–•*·]\s+)?(?:He|She)\s/;

/** Who a sentence-initial "He"/"She" refers to: the one person the sentence before names or quotes. */
export function previousPerson(
  sentences: Sentence[],
  index: number,
  people: Entity[],
  speakers: Map<number, string>,
): string | null {
  const sentence = sentences[index];
  const before = sentences[index - 1];
  if (!sentence || !before || !PRONOUN_START.test(sentence.text)) return null;
  const named = people.filter((e) => mentionsEntity(before.text, e)).map((e) => e.name);
  const speaker = speakers.get(before.id);
  if (speaker && !named.includes(speaker)) named.push(speaker);
  return named.length === 1 ? named[0]! : null;
}
