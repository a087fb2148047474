/*
 * Its own module, not question-clauses', so a headline's title (`brief`, lists) reads it without
 * loading the question-making code (a cold start's parse).
 */

/** The news-agency abbreviations of US states, written with their stop ("Tucson, Ariz.", "Clarkston, Ga."). */
export const STATE_ABBREVIATIONS =
  'Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo';

/**
 * Words that end on an abbreviation's own stop: a suffix or a company's ("Jr.", "Inc.") and the
 * news-agency abbreviations of US states ("Tucson, Ariz.", "Clarkston, Ga.").
 */
export const ABBREVIATED_WORD = `Jr|Sr|Inc|Co|Corp|Ltd|Bros|${STATE_ABBREVIATIONS}`;

/**
 * Letters each with its stop: "D.C.", "U.S.", and the lower-case "a.m.", "p.m." a time ends on ("shortly after 7
 * a.m.?" keeps its stop, audit 48's B-a48-7). One pattern for the clause cut and the vetting, so the two agree.
 */
export const LETTER_ABBREVIATION = String.raw`(?:\b[A-Za-z]\.){2,}`;
