import type { Entity } from './analysis-types';
import { bodyHead } from './body-head';
import { escapeRegExp } from './escape-reg-exp';
import { landformName } from './landform-name';
import { locativeOnly } from './locative-only';
import { loneHeadMentions } from './lone-head-mentions';
import { capitalFreeNoun } from './name-first-word';
import { nonPersonKind, PLACE_STARTS } from './non-person-kind';
import { orgSource } from './org-source';
import { organizationUsage } from './organization-usage';
import { outletSelfReference } from './outlet-self-reference';
import { personUsage } from './person-usage';
import { PLACE_WORDS, PLACES } from './place-words';
import { speakerLabels } from './speaker-labels';
import { whoIsWhoListedBeside } from './who-is-who-listed-beside';

/** What the organisation reading needs of who is who's pass: the copy, its counts and the list it adds to. */
export interface OrganizationContext {
  text: string;
  sentenceTexts: string[];
  counted: (word: string) => number;
  /** The entity list's names, whatever their type ("Harrowgate Planning Board" beside "Board"). */
  names: readonly string[];
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
  { text, sentenceTexts, counted, names, listedPerson, organizations }: OrganizationContext,
): void {
  if (entity.type === 'place' || PLACES.has(entity.name)) return;
  // "New Hampshire", "North Carolina": a run opening on a place's first word is a place, unless the name finder typed
  // it an organisation and its last word heads a body's name ("New York Times", "United Airlines", "North Korean
  // Workers' Party") or the copy uses it as one ("the United Nations said its…", "according to the United Nations").
  // A city's or a state's name ("New York City", "New York State") heads no body, however the finder typed it.
  const words = entity.name.split(' ');
  const last = words[words.length - 1]!;
  const body =
    entity.type === 'organization' &&
    words.length > 1 &&
    !PLACE_WORDS.has(last) &&
    last !== 'City' &&
    (bodyHead(last) || organizationUsage(entity.name, text, false));
  // "Red Sea", "Persian Gulf": a run ending on a body of water or a landform (landform-name.ts) is a place too.
  // "at Marlow Cross … near Marlow Cross": a run written only after a locative preposition is a place (locative-only.ts).
  if ((PLACE_STARTS.has(words[0]!) || landformName(entity.name)) && !body) return;
  if (!bodyHead(last) && locativeOnly(entity.name, text)) return;
  const organization =
    entity.type === 'organization' ||
    (entity.type === 'person' &&
      entity.name.includes(' ') &&
      (nonPersonKind(entity.name, text) === 'organization' ||
        organizationUsage(entity.name, text, false) ||
        (!personUsage(entity.name, text) && !whoIsWhoListedBeside(entity.name, text, listedPerson))));
  if (!organization || outletSelfReference(entity.name, text)) return;
  const name = ampersandWhole(entity.name, text);
  // "@TimKaine": a handle that is a listed person's name without its space is that person's, no organisation's.
  if (/\p{Ll}\p{Lu}/u.test(name) && listedPerson(name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'))) return;
  // "The Board said" beside "Harrowgate Planning Board": a body's head word alone counts only where it stands alone,
  // when WordNet writes it lower case in every sense ("Board", "Department", "Party"); "Senate" and "Congress", which
  // it writes as names, are one body in "the U.S. Senate" and "the Senate".
  const lone = words.length === 1 && bodyHead(name) && capitalFreeNoun(name);
  const count = lone ? loneHeadMentions(name, names, counted) : counted(name);
  // "FOY: We will rebuild": a transcript's speaker label is a person's surname or a role, no organisation.
  // "The Wall Street Journal reported": an organisation named once is kept when the copy cites it as a source.
  const cited = count === 1 && entity.type === 'organization' && orgSource(name, text);
  // "TimeWarner" and "Time Warner", "Commission" and "the Commission": one body spelt with and without its space or
  // its article is listed once (audit 56's B-a56-19).
  const key = (spelt: string) => spelt.replace(/^the\s+/i, '').replace(/\s+/g, '');
  const same = organizations.find((o) => key(o.name) === key(name));
  if (same) same.count += count;
  else if ((count >= 2 || cited) && name.length > 2 && !speakerLabels(sentenceTexts).has(name))
    organizations.push({ name, count });
}
