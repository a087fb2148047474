import { escapeRegExp } from './escape-reg-exp';

const OFF = '(?:cancell?ed|called off|scrapped|postponed|abandoned|shelved)';
/** "the event was canceled", "it has been postponed": what was called off, as its head noun or pronoun. */
const PASSIVE = new RegExp(
  String.raw`\b(?:(?:the|its|his|her|their|that|this)\s+(?:[\w-]+\s+)?([\w-]+)|(it|they))\s+(?:was|were|has been|have been|had been|is|are)\s+(?:\w+ly\s+)?${OFF}\b`,
  'i',
);
/** "scrapped the visit", "called off its planned rally". */
const ACTIVE = new RegExp(String.raw`\b${OFF}\s+(?:the|its|his|her|their|that|this)\s+(?:[\w-]+\s+)?([\w-]+)\b`, 'i');
/** Words that stand for whatever a plan sentence planned. */
const ANY_PLAN = /^(?:it|they|event|events|plan|plans|idea|trip|meeting)$/i;

/**
 * Whether the next sentence calls off what the plan sentence planned ("…was planning to hold a fund-raiser …"
 * then "Hours later, Intel said the event was canceled"): the thing called off is "it", the event or plan, or a
 * noun of the plan sentence itself ("plans to visit the depot" then "the visit had been postponed"). Another
 * thing cancelled ("Separately, the summer fair was cancelled") leaves the plan open.
 */
export function calledOff(plan: string, next: string): boolean {
  const passive = PASSIVE.exec(next);
  const thing = passive ? (passive[1] ?? passive[2]) : ACTIVE.exec(next)?.[1];
  if (!thing) return false;
  if (ANY_PLAN.test(thing)) return true;
  const stem = thing.toLowerCase().replace(/s$/, '');
  return stem.length >= 3 && new RegExp(`\\b${escapeRegExp(stem)}`, 'i').test(plan);
}
