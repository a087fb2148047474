import type { Entity } from './analysis-types';
import { knownFirstName } from './known-first-name';
import { hasLiteralMatch, literalMatches, literalPattern } from './literal-matches';
import { organizationUsage } from './organization-usage';
import { personUsage } from './person-usage';
import { residencePlace } from './residence-place';
import { thingNoun } from './thing-noun';

/**
 * "A spokesperson for Brightwater Homes": someone speaks for the name. As often a politician's ("a spokesman for
 * Trump") as a firm's, so it never makes a person an organisation: it only says which of the two a run that is no
 * person is (a place has no spokesperson).
 */
const SPOKESPERSON_FOR = literalPattern('\\bspokes(?:person|man|woman) for (?:the )?', "(?![\\p{L}\\p{M}\\d'’-])", 'u');
/** "Ashdown Homes said", "Ashdown Homes has not said": a run that speaks is a body, not a place (nor, here, a person). */
const SPEAKS = literalPattern(
  '',
  ' (?:has |had |did )?(?:not )?(?:said|says|say|announced|added|confirmed|declined|denied)\\b',
);

/**
 * "farmland at Oxley Meadows", "homes in Tarnwick Vale": a locative preposition right before the name; opening the
 * sentence too ("In Akita Prefecture, where …": a place's noun read as a firm's, audit 53 B-a53-13).
 */
const LOCATIVE = literalPattern(
  '\\b(?:[Aa]t|[Ii]n|[Nn]ear|[Aa]cross|[Tt]hroughout|[Oo]utside) ',
  "(?![\\p{L}\\p{M}\\d'’-])",
  'u',
);
/** "the mining town of Carrick Vale": a place noun and "of" before the name (its word read by `thingNoun`). */
const NOUN_OF = literalPattern('\\b([a-z]+) of ', "(?![\\p{L}\\p{M}\\d'’-])", 'u');

/** Whether the copy writes the name where a place goes: after a locative, or after "town of", "village of". */
function placeCue(name: string, text: string): boolean {
  if (hasLiteralMatch(text, name, LOCATIVE)) return true;
  for (const m of literalMatches(text, name, NOUN_OF)) if (thingNoun(m[1]!) === 'place') return true;
  return false;
}

/**
 * What a person-typed run is when the copy says it is a place or a firm and nothing says it is a person (audit 48
 * B-a48-9): a place when written as someone's home ("Renata Szabo, 47, of Marlow Township"); else a two-word run
 * that no given name opens ("Pinecrest", not "Lisa") ending on a noun whose commonest WordNet sense is a place or a
 * thing ("Air", "Homes", "Town", "Meadows", thing-noun.ts), unless the copy gives it a role or uses it as a person's
 * (person-usage.ts: a title, "X, who", "X said he", the surname alone). Such a run is an organisation when the copy
 * uses it as one ("X, which", "a spokesperson for X", "X said"), a place when its noun is a natural feature's, or a
 * place's and the copy sets it where places go ("at X", "the town of X"), and an organisation otherwise.
 */
export function thingNamedRun(entity: Entity, text: string): 'organization' | 'place' | null {
  const { name } = entity;
  if (residencePlace(name, text)) return 'place';
  const words = name.split(' ');
  // "J. Home" opens on an initial, a person's; "Lisa Park" on a given name.
  if (words.length !== 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!) || knownFirstName(words[0]!)) return null;
  const noun = thingNoun(words[1]!);
  if (!noun || entity.role || personUsage(name, text)) return null;
  if (
    organizationUsage(name, text, false) ||
    hasLiteralMatch(text, name, SPOKESPERSON_FOR) ||
    hasLiteralMatch(text, name, SPEAKS)
  )
    return 'organization';
  // "Kestrel Harbour … was fined": a place's noun ("Harbour", "Town") is a firm's or a club's too, so it makes a place
  // only of a run the copy sets where places go; a natural feature's ("Vale", "Beach") always does.
  return noun === 'feature' || (noun === 'place' && placeCue(name, text)) ? 'place' : 'organization';
}
