import data from './wordnet-places.json' with { type: 'json' };

let names: Set<string> | undefined;

/**
 * Whether WordNet files a name of two or more capitalised words only as a place, a natural object or a body, never a
 * person: "Addis Ababa", "Little Rock", "Aral Sea", "Puerto Rico", "Fannie Mae" (built by `npm run lexicon:places`,
 * src/train/build-wordnet-places.ts, so src/core reads no files). Such a name has a person's shape and is no evidence
 * of one.
 */
export function wordnetPlace(name: string): boolean {
  names ??= new Set(data.names.split('|'));
  return names.has(name);
}
