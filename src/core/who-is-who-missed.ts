import type { Entity } from './analysis-types';
import type { JoinedTitles } from './and-joined-office';
import { looksLikePerson } from './looks-like-person';
import { missedProtagonists } from './missed-protagonists';
import { roleOf } from './role-of';
import type { Person } from './who-is-who';
import { whoIsWhoMissedSources } from './who-is-who-missed-sources';
import { whoIsWhoSourceKind } from './who-is-who-source';

/**
 * The protagonists and sources the name finder missed (`missedProtagonists`, `whoIsWhoMissedSources`) that read as
 * people, ranked after every name it found (`order`).
 */
export function whoIsWhoMissed(
  people: readonly Person[],
  text: string,
  sentenceTexts: readonly string[],
  found: readonly Entity[],
  order: number,
  titles: JoinedTitles,
): Person[] {
  const added: Person[] = [];
  const listed = people.map((p) => p.name);
  const missed = missedProtagonists(text, listed);
  const candidates = found.map((e) => e.name);
  const sources = whoIsWhoMissedSources(text, [...listed, ...missed.map((m) => m.name)], candidates, titles);
  for (const { name, mentions } of [...missed, ...sources]) {
    if (looksLikePerson(name, text, false, sentenceTexts)) {
      const role = roleOf(name, undefined, text, titles);
      added.push({
        name,
        role,
        weight: mentions,
        order,
        named: mentions,
        spoke: false,
        ...whoIsWhoSourceKind([name], role, text),
      });
    }
  }
  return added;
}
