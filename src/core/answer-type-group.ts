import type { AnswerType } from './question-type';

/**
 * The question types in groups large enough to learn from (160 dev questions): who, when/where,
 * how many/much, why/how, yes/no, and open "what". How sure the best sentence must be differs by
 * group: an open "what" is half answered by any sentence on its topic, a "when" is not answered
 * without a time.
 */
export const ANSWER_TYPE_GROUPS = ['who', 'when-where', 'how-many', 'why-how', 'yes-no', 'what'] as const;
export type AnswerTypeGroup = (typeof ANSWER_TYPE_GROUPS)[number];

const GROUP_OF: Record<AnswerType, AnswerTypeGroup> = {
  person: 'who',
  time: 'when-where',
  place: 'when-where',
  count: 'how-many',
  money: 'how-many',
  amount: 'how-many',
  age: 'how-many',
  quantity: 'how-many',
  reason: 'why-how',
  yesno: 'yes-no',
  other: 'what',
};

/** The group of a question of this type; an untyped "how does…" asks for a manner, as "why" asks for a cause. */
export function answerTypeGroup(type: AnswerType, question: string): AnswerTypeGroup {
  if (type === 'other' && /^\W*how\b/i.test(question)) return 'why-how';
  return GROUP_OF[type];
}
