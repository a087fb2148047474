import type { Analysis } from '../src/core/analysis-types';
import { subjectHead } from './does-the-act';
import { pluralPeople } from './plural-people';

/**
 * Whether the doer is more than one: names coordinated by "and" ("Mia Ortiz and Leo Park", coordinated-doers.ts), not
 * a body the article names so ("Marks and Spencer"), or a plural group of people as written ("the families").
 */
export function pluralDoer(doer: string, analysis: Analysis): boolean {
  if (analysis.entities.some((e) => e.type === 'organization' && e.name === doer)) return false;
  if (/\sand\s/.test(doer)) return true;
  // "the tenants of Kelso Court" by its head, "tenants"; "the fishermen's association" is one body.
  const head = subjectHead(doer);
  return head !== undefined && pluralPeople(doer).has(head);
}
