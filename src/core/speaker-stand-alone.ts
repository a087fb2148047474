import type { Sentence } from './analysis-types';
import type { PersonMention } from './people';

/** Feature names of a quotation that stands alone at the head of its sentence, in vector order. */
export const STAND_ALONE_FEATURES = [
  'stand-alone-carries-previous-quote',
  'stand-alone-colon-subject',
  'stand-alone-sole-subject-before',
] as const;

/** A mention that may speak (outside quotations, not a possessive or a credit), with its candidate key. */
export interface SpokenMention {
  key: string;
  mention: PersonMention;
}

/** What the stand-alone features read of one quotation, the same for each of its candidates. */
export interface StandAloneContext {
  /** Nothing of the reporter's before the quotation in its sentence. */
  opensSentence: boolean;
  /** The previous speech quotation's rule speaker, when that quotation ends in this or the previous paragraph. */
  previousKey: string | null;
  /** Keys of the people named between the previous quotation's end and this one's start. */
  namedSince: Set<string>;
  /** The sentence before ends in a colon ("Cruz called them on it:"). */
  afterColon: boolean;
  /** Keys of the subjects of the sentence just before. */
  subjectsBefore: string[];
}

function endsInColon(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i >= 0 && text[i] === ':';
}

/**
 * A quotation that opens its sentence has no tag of its own; the copy named its speaker before it.
 * What tells whom is the order of what came before: whether the previous quotation's speaker is the
 * last person named, whether the sentence just before introduced it with a colon, whether one person
 * is that sentence's subject. The ranker already reads "previous quotation's speaker" and "paragraph
 * subject" one by one; these are those readings only where nobody else was named in between, which
 * is what separates a carried speaker from a stale one.
 */
export function standAloneContext(options: {
  sentences: Sentence[];
  startSentence: number;
  start: number;
  opensSentence: boolean;
  previous: { endSentence: number; end: number; key: string | null } | null;
  spoken: SpokenMention[];
}): StandAloneContext {
  const { sentences, startSentence, start, previous, spoken } = options;
  const paragraph = sentences[startSentence]!.paragraph;
  const previousSentence = sentences[startSentence - 1];
  const previousKey =
    previous?.key && sentences[previous.endSentence]!.paragraph >= paragraph - 1 ? previous.key : null;
  const namedSince = new Set<string>();
  const subjectsBefore: string[] = [];
  for (const { key, mention } of spoken) {
    if (mention.end > start) continue;
    if (previous && mention.start > previous.end) namedSince.add(key);
    if (previousSentence && mention.sentenceId === previousSentence.id && mention.subject && !mention.object)
      subjectsBefore.push(key);
  }
  return {
    opensSentence: options.opensSentence,
    previousKey,
    namedSince,
    afterColon: !!previousSentence && endsInColon(previousSentence.text),
    subjectsBefore,
  };
}

/** The three features for one candidate (its evidence key). */
export function standAloneFeatures(context: StandAloneContext, key: string): number[] {
  if (!context.opensSentence) return [0, 0, 0];
  const noOneElse = [...context.namedSince].every((k) => k === key);
  const soleSubject = context.subjectsBefore.length > 0 && context.subjectsBefore.every((k) => k === key);
  return [
    context.previousKey === key && noOneElse ? 1 : 0,
    context.afterColon && context.subjectsBefore[0] === key ? 1 : 0,
    soleSubject ? 1 : 0,
  ];
}
