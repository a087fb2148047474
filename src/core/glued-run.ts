/**
 * "Laura BassettFlagShareLikeReplyPaige Lavender": a web page's buttons and a byline glued on to a name without
 * spaces. A name part holds a join or two from lower to upper case ("McDonald", "DeSantis", "MacLeod-McKay", and
 * the organisations "RealClearPolitics", "GlaxoSmithKline"); three or more in one unhyphenated part are words
 * run together, so the run is page furniture, not anyone's name.
 */
export function gluedRun(name: string): boolean {
  return name.split(/[\s'’-]+/).some((part) => (part.match(/\p{Ll}\p{Lu}/gu) ?? []).length >= 3);
}
