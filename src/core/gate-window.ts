/**
 * The stretch a kind gate reads beside its cue's match (kind-gates.ts): `near` characters before the match, or after
 * it. Bounded, so a long sentence is read in linear time however many matches it holds. One helper for every gate
 * file, so a fix to the window reaches them all (review 42, B-r42-18: six files each kept a copy).
 */
export const gateWindow = {
  before: (text: string, index: number, near: number): string => text.slice(Math.max(0, index - near), index),
  after: (text: string, index: number, match: string, near: number): string =>
    text.slice(index + match.length, index + match.length + near),
};
