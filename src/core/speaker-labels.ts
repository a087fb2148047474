import { eachMatch } from './each-match';

/** A transcript has turns: one paragraph opening on a word and a colon may be a headline's "FBI: …". */
const MIN_TURNS = 2;
/**
 * A turn's label in capitals: up to four words, a comma after a role ("PRESENTER, ANNA VOSS:"), then the colon; group
 * 1 is the last word, the surname later turns are labelled by alone ("VOSS:").
 */
const CAPS_LABEL = /^(?:[A-Z][A-Z.'’-]*,?\s+){0,4}([A-Z][A-Z'’-]+)\s*:/;
/** "PRESENTER, ANNA VOSS:": the role (group 1) of a label that names it before the name; one turn is enough. */
const ROLE_THEN_NAME = /^([A-Z][A-Z'’-]+),\s+[A-Z][A-Z'’-]+\s+[A-Z][A-Z'’-]+\s*:/;
/** A broadcaster's stage direction in capitals, "(LAUGHTER)", "(CROSSTALK)". */
const STAGE_DIRECTION = /\(([A-Z]{3,})\)/g;

/**
 * "FOY: We will rebuild.", "HOST: Will the town rebuild?", "OLAF BRENN: …" then "BRENN: …": a word in capitals that
 * ends the label of two or more sentences' openings before a colon is a transcript's speaker label (the person's
 * surname or a role), not an organisation's acronym; so is the role of a "ROLE, NAME NAME:" label and a stage
 * direction's word. Read once per article: the set of such words.
 */
export function speakerLabels(sentences: readonly string[]): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (const s of sentences) {
    const last = CAPS_LABEL.exec(s)?.[1];
    if (last) counts.set(last, (counts.get(last) ?? 0) + 1);
    const role = ROLE_THEN_NAME.exec(s)?.[1];
    if (role) counts.set(role, MIN_TURNS);
    // Only inside a turn: "WASHINGTON (AP) —" is a dateline's agency.
    if (last && s.includes('(')) for (const m of eachMatch(STAGE_DIRECTION, s)) counts.set(m[1]!, MIN_TURNS);
  }
  return new Set([...counts].filter(([, n]) => n >= MIN_TURNS).map(([word]) => word));
}
