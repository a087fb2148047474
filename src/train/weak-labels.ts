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

/** Cues that contest or deny. */
export const CONTESTING_CUE =
  /\b(?:claim|alleg|den[iy]|disput|argu|insist|accus|charg|question|doubt|contend|maintain|assert|refus|declin|reject|dismiss)/i;

/** Cues that hedge, guess or look ahead. */
export const HEDGING_CUE =
  /\b(?:suggest|speculat|believ|think|thought|expect|predict|warn|estimat|reportedly|appear|seem|rumou?r|hint|fear|worr|hope|project|forecast)/i;

/** Content about a procedure not yet done: a vote, a ruling, an inquiry, a decision. */
const PENDING_CONTENT =
  /\b(?:pending|investigat\w*|probe|review|vote|appeal|court|ruling|hearing|lawsuit|trial|decid\w*|decision|scheduled|yet)\b/i;

/** A source speaking for a side: a campaign, a party, a spokesperson, an aide. */
export const PARTISAN_SOURCE =
  /\b(?:campaign|spokes\w*|party|Democrat\w*|Republican\w*|GOP|DNC|RNC|surrogate|adviser|aide)\b/i;

/**
 * Silver labels for "worth chasing", from the annotation of one attribution: `chase` (no source or
 * an anonymous one, a contesting, denying or hedging cue, content about a pending procedure, or a
 * partisan source) was chosen on the dev editor labels over the narrower `anon-contested` (the
 * first scorer's definition) and `anon` (docs/evaluation.md, "Open questions").
 */
export type WeakLabel = 'anon' | 'anon-contested' | 'chase';

export function isAnonymous(a: Attribution): boolean {
  if (a.source === null) return true;
  const source = a.source.trim();
  return (
    !/[A-Z]/.test(source.replace(/^(?:The|Some|Many|Several|Other|Most|Top|Senior|A|An)\b/, '')) &&
    ANONYMOUS.test(source)
  );
}

/** Whether the annotation marks this attribution as something a reporter would chase. */
export function isWeakPositive(a: Attribution, variant: WeakLabel = 'chase'): boolean {
  const anon = isAnonymous(a);
  if (variant === 'anon') return anon;
  const contested = CONTESTING_CUE.test(a.cue) || HEDGING_CUE.test(a.cue);
  if (variant === 'anon-contested') return anon || contested;
  return anon || contested || PENDING_CONTENT.test(a.content) || (a.source !== null && PARTISAN_SOURCE.test(a.source));
}
