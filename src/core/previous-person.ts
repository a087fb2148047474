import type { Entity, Sentence } from './analysis-types';
import { mentionsEntity } from './mentions-entity';

/** "She said …", and a list item's "- She declined …" (a bulleted story's dash or bullet opens the line). */
export const PRONOUN_START = /^(?:[-–•*·]\s+)?(?:He|She)\s/;

/** Whether `name` is told something in `text` ("told Malay Mail"): the one addressed. */
function toldTo(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return at > 0 && /\btold\s+(?:the\s+)?$/.test(text.slice(0, at));
}

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
  // "… ," Wong told Malay Mail. He declined …": whom the speaker told is the hearer, no subject a "He" continues
  // (audit 61's B-a61-15).
  const subjects = named.filter((n) => n === speaker || !toldTo(before.text, n));
  // "Datuk Wong Kah Seng" and "Wong", both listed: one person, whom the longer name gives.
  const whole = subjects.filter((n) => !subjects.some((m) => m !== n && ` ${m} `.includes(` ${n} `)));
  return whole.length === 1 ? whole[0]! : null;
}
