/**
 * "Laura BassettFlagShareLikeReplyPaige Lavender": a web page's buttons and a byline glued on to a name without
 * spaces. A name word holds one lower-to-upper join at most ("McDonald", "DeSantis", "VanderSloot", "KellyAnne");
 * two or more are words run together, so the run is page furniture, not anyone's name.
 */
export function gluedRun(name: string): boolean {
  return name.split(/\s+/).some((word) => (word.match(/\p{Ll}\p{Lu}/gu) ?? []).length >= 2);
}
