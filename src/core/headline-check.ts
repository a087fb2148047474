import type { OpenQuestion, Sentence } from './analysis-types';

/**
 * Verbs that make a headline a claim of something done or decided ("Committee rejects…",
 * "Minister quits"). Each is a stem the body must contain in some form for the headline to stand.
 */
const CLAIM_STEMS: Record<string, string> = {
  rejects: 'reject|dismiss|rebuff|refus|turn\\w* down|thr[eo]w\\w* out|overturn|str[iu]\\w* down|den(?:y|ie)',
  rejected: 'reject|dismiss|rebuff|refus|turn\\w* down|thr[eo]w\\w* out|overturn|str[iu]\\w* down|den(?:y|ie)',
  denies: 'den(?:y|ie)|reject|dismiss',
  denied: 'den(?:y|ie)|reject|dismiss',
  confirms: 'confirm',
  confirmed: 'confirm',
  admits: 'admit',
  admitted: 'admit',
  approves: 'approv',
  approved: 'approv',
  blocks: 'block',
  blocked: 'block',
  bans: 'ban',
  banned: 'ban',
  quits: 'quit',
  resigns: 'resign',
  resigned: 'resign',
  sacks: 'sack',
  sacked: 'sack',
  fires: 'fire',
  fired: 'fire',
  charges: 'charg',
  charged: 'charg',
  arrests: 'arrest',
  arrested: 'arrest',
  backs: 'back',
  // "threw her support behind Sen. Ted Cruz": an endorsement told in other words.
  endorses: 'endors|support behind',
  endorsed: 'endors|support behind',
  refuses: 'refus',
  refused: 'refus',
  scraps: 'scrap',
  scrapped: 'scrap',
  cancels: 'cancel',
  cancelled: 'cancel',
  canceled: 'cancel',
  agrees: 'agree',
  agreed: 'agree',
  accepts: 'accept',
  accepted: 'accept',
  wins: 'w[oi]n',
  loses: 'los',
  sues: 'su',
  sued: 'su',
};
// Looked up in a Map: a headline word such as "Constructor" must not find Object.prototype's members.
const CLAIM_VERBS: ReadonlyMap<string, string> = new Map(Object.entries(CLAIM_STEMS));

/** A headline's content words (four letters or more, not a determiner), lower-cased for the body's match. */
function contentWords(words: readonly string[]): string[] {
  return words
    .map((w) => w.toLowerCase().replace(/['’]s$|[^a-z]/g, ''))
    .filter(
      (w) => w.length >= 4 && !/^(?:another|other|some|more|most|this|that|these|those|their|with|from|over)$/.test(w),
    );
}

/**
 * A headline that claims an act the body never reports ("Senate committee rejects Flynn's
 * request" over a story in which no one rejects anything): worth a question, citing the lead.
 */
export function headlineCheck(title: string, sentences: Sentence[]): OpenQuestion | null {
  const lead = sentences[0];
  if (!title || !lead) return null;
  // Lower-cased only when the headline has a claim verb: most headlines have none.
  let body: string[] | undefined;
  const words = title.split(/[\s,:;—–-]+/);
  for (let i = 0; i < words.length; i++) {
    const stem = CLAIM_VERBS.get(words[i]!.toLowerCase().replace(/[^a-z]/g, ''));
    if (!stem) continue;
    // Who the headline says acted: the content words before the verb ("Senate", "Committee"); and whom
    // the act is on, up to the headline's next break ("Endorses Hillary Clinton: …" -> "hillary", "clinton").
    const actors = contentWords(words.slice(0, i));
    const objects = contentWords(
      title
        .slice(title.indexOf(words[i]!) + words[i]!.length)
        .split(/[:;—–]/)[0]!
        .split(/\s+/),
    );
    const verb = new RegExp(`\\b(?:${stem})`);
    // Supported when a body sentence has the act (or a synonym) with one of those actors, or with whom the
    // act is on ("Some Republicans … are endorsing Hillary Clinton" holds "Another GOP Figure Endorses Hillary Clinton").
    const holds = (s: string): boolean =>
      verb.test(s) && (actors.length === 0 || [...actors, ...objects].some((a) => s.includes(a)));
    body ??= sentences.map((s) => s.text.toLowerCase());
    if (body.some(holds)) continue;
    return {
      // A headline's own full stop goes before the question mark ("U.S." keeps its last dot).
      text: `What in the story supports its headline, “${title.trim().replace(/(?<=[A-Za-z]{2})\.$/, '')}”?`,
      kind: 'unverified',
      sentenceIds: [lead.id],
    };
  }
  return null;
}
