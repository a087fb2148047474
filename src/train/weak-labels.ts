/** Reads the PolNeAR brat annotation and decides which attributions mark a claim worth chasing. */

export interface Attribution {
  /** The content span (what is attributed). */
  start: number;
  end: number;
  content: string;
  cue: string;
  /** The source's words; null when the annotation records no source. */
  source: string | null;
}

interface Span {
  type: string;
  start: number;
  end: number;
  text: string;
}

/** Every attribution of one .ann file, with its content, cue and source as text. */
export function readAttributions(ann: string, text: string): Attribution[] {
  const spans = new Map<string, Span>();
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const parts = line.split('\t');
    if (line.startsWith('T') && parts.length >= 2) {
      const [type, ...offsets] = parts[1]!.split(' ');
      const ranges = offsets
        .join(' ')
        .split(';')
        .map((r) => r.split(' ').map(Number));
      const start = Math.min(...ranges.map((r) => r[0]!));
      const end = Math.max(...ranges.map((r) => r[1]!));
      spans.set(parts[0]!, { type: type!, start, end, text: text.slice(start, end) });
    } else if (line.startsWith('E') && parts.length >= 2) {
      events.push(parts[1]!.split(' '));
    }
  }
  const out: Attribution[] = [];
  for (const args of events) {
    const role = (name: string): Span | undefined => {
      const arg = args.find((a) => a.split(':')[0] === name);
      return arg ? spans.get(arg.split(':')[1]!) : undefined;
    };
    const content = role('Content');
    if (!content) continue;
    out.push({
      start: content.start,
      end: content.end,
      content: content.text,
      cue: role('Cue')?.text ?? '',
      source: role('Source')?.text ?? null,
    });
  }
  return out;
}

/** A source that names nobody a reporter could call: "officials", "some Republicans", "people familiar". */
const ANONYMOUS =
  /^(?:(?:some|many|several|other|most|top|senior|two|three|a few|few|the|an?)\s+)*(?:[a-z-]+\s+)?(?:officials?|sources?|aides?|advisers?|advisors?|people|persons?|insiders?|analysts?|experts?|critics?|observers?|strategists?|operatives?|allies|supporters|opponents|officers?|staff(?:ers)?|insiders|democrats|republicans|others|some|many|those|conservatives|liberals|members|lawmakers|donors|voters|diplomats|investigators|economists|historians|scholars|commentators|reports?|polls?)\b/i;

/** Cues that hedge, contest, deny, predict or leave a claim open. */
const CONTESTED_CUE =
  /\b(?:claim|alleg|den[iy]|disput|argu|insist|suggest|speculat|believ|think|thought|expect|predict|warn|accus|charg|question|doubt|estimat|reportedly|contend|maintain|assert|appear|seem|rumou?r|hint|fear|worr|hope|project|forecast|call(?:ed|s|ing)? for|urg|demand|promis|vow|pledg|threaten|plan|intend|want|refus|declin|reject|dismiss|acknowledg|conced|admit)/i;

/** Content about what may or will happen: pending. */
const OPEN_CONTENT =
  /\b(?:will|would|could|may|might|shall|going to|plans? to|expected to|likely|possible|possibly|whether|if)\b/i;

/**
 * Which attributions count as worth chasing. 'anon-contested' (no source or an anonymous one, or
 * a hedging, contesting or denying cue) was chosen on the dev labels over the others (README).
 */
export type WeakLabel = 'anon' | 'anon-contested' | 'open' | 'contested-open' | 'all';

/** Whether the annotation marks this attribution as something a reporter would chase. */
export function isWeakPositive(a: Attribution, variant: WeakLabel = 'anon-contested'): boolean {
  const anon =
    a.source === null ||
    (!/[A-Z]/.test(a.source.trim().replace(/^(?:The|Some|Many|Several|Other|Most|Top|Senior|A|An)\b/, '')) &&
      ANONYMOUS.test(a.source.trim()));
  const contested = CONTESTED_CUE.test(a.cue);
  const open = OPEN_CONTENT.test(a.content);
  if (variant === 'anon') return anon;
  if (variant === 'anon-contested') return anon || contested;
  if (variant === 'open') return open;
  if (variant === 'contested-open') return contested || open;
  return anon || contested || open;
}
