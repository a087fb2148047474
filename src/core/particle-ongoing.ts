/**
 * "Obama was weighing in by phone with the leaders …", "anxiety that is weighing on some union leaders", "voters are
 * seeking out the familiar": an ongoing-deliberation verb ("weighing", "seeking", "considering", …) followed at once by
 * an adverbial particle is a phrasal verb (to comment, to burden, to go after), not a choice still being made, so
 * nothing is left for the story to wait on (sample 54's #11). "is weighing whether to …", "is seeking a deal",
 * "is considering a bid" have the deliberation's object next and are read as before. `match` ends on the verb.
 */
export function particleOngoing(text: string, index: number, match: string): boolean {
  return PARTICLE.test(text.slice(index + match.length, index + match.length + 12));
}

/** The adverbial particles of English phrasal verbs (a closed class), as the next word. */
const PARTICLE = /^\s+(?:in|into|on|out|up|down|off|over|back|about|around|through|away)\b/i;
