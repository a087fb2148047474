import type { Entity } from './analysis-types';
import { escapeRegExp } from './escape-reg-exp';
import { nonPersonKind, PLACE_STARTS } from './non-person-kind';
import { orgSource } from './org-source';
import { organizationUsage } from './organization-usage';
import { personUsage } from './person-usage';
import { PLACES } from './place-words';
import { speakerLabels } from './speaker-labels';
import { whoIsWhoListedBeside } from './who-is-who-listed-beside';

/** What the organisation reading needs of who is who's pass: the copy, its counts and the list it adds to. */
export interface OrganizationContext {
  text: string;
  sentenceTexts: string[];
  counted: (word: string) => number;
  /** Whether a name is one of the people the pass lists ("Syed Farook" beside "named the suspect as"). */
  listedPerson: (name: string) => boolean;
  organizations: Array<{ name: string; count: number }>;
}

/**
 * "Teague LLP" of "Hallorann & Teague LLP": the name finder ends a run at an ampersand, but a firm's name reads on
 * through it to the one capitalised word before (audit 56 B-a56-10), when the copy writes it so.
 */
function ampersandWhole(name: string, text: string): string {
  const before = new RegExp(String.raw`(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]* & ${escapeRegExp(name)}`, 'u');
  return before.exec(text)?.[0] ?? name;
}

/**
 * A run the person checks turned down, added to who is who's organisations when it is one: typed an organisation,
 * or typed a person that fails the person checks ("Brightwater Marine", "Kestrel Harbour") and the copy does not
 * still use as a person. Places are none. Kept apart from the people's reading, which is who-is-who.ts' own.
 */
export function whoIsWhoOrganization(
  entity: Pick<Entity, 'name' | 'type'>,
  { text, sentenceTexts, counted, listedPerson, organizations }: OrganizationContext,
): void {
  if (entity.type === 'place' || PLACES.has(entity.name) || PLACE_STARTS.has(entity.name.split(' ')[0]!)) return;
  const organization =
    entity.type === 'organization' ||
    (entity.type === 'person' &&
      entity.name.includes(' ') &&
      (nonPersonKind(entity.name, text) === 'organization' ||
        organizationUsage(entity.name, text, false) ||
        (!personUsage(entity.name, text) && !whoIsWhoListedBeside(entity.name, text, listedPerson))));
  if (!organization) return;
  const name = ampersandWhole(entity.name, text);
  const count = counted(name);
  // "FOY: We will rebuild": a transcript's speaker label is a person's surname or a role, no organisation.
  // "The Wall Street Journal reported": an organisation named once is kept when the copy cites it as a source.
  const cited = count === 1 && entity.type === 'organization' && orgSource(name, text);
  // "TimeWarner" and "Time Warner": one firm spelt with and without its space is listed once.
  const same = organizations.find((o) => o.name.replace(/\s+/g, '') === name.replace(/\s+/g, ''));
  if (same) same.count += count;
  else if ((count >= 2 || cited) && name.length > 2 && !speakerLabels(sentenceTexts).has(name))
    organizations.push({ name, count });
}
