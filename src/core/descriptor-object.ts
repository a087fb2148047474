import { personNoun } from './person-noun';
import { singularsOf } from './singulars-of';

/**
 * An indefinite descriptor (a count or "a"/"some" before lower-case words, "One owner", "A nurse", "Two residents"),
 * then a preposition and no comma before the name: the name sits inside the descriptor's phrase ("One owner in western
 * Queensland", "A sailor from the engine room in northern Nova Scotia"), the place or body it is about, never the
 * subject. With a comma the name can be the descriptor's apposition ("A farmer in Iowa, Jo Hart, said").
 */
const DESCRIPTOR_THEN_PREPOSITION =
  /^(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Mm]any|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)\s+(?:[a-z][\w'’-]*\s+){0,3}([a-z][\w'’-]*)\s+(?:in|from|at|on|near|of|for|with|across|outside|inside|around|throughout|within|to|by)\s[^,;:—–]*$/;

/**
 * Whether a name whose phrase has `before` (the phrase's words up to the name) in front is the object of a person's
 * descriptor: its head a WordNet person noun ("owner", "residents"). "A court document filed by state attorney Dave
 * Aronberg" is the attorney's document, his words.
 */
export function descriptorObject(before: string): boolean {
  const head = DESCRIPTOR_THEN_PREPOSITION.exec(before)?.[1];
  return head !== undefined && [head, ...singularsOf(head)].some(personNoun);
}
