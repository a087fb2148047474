import type { Analysis, Entity } from '../core/analysis-types';
import type { GroundingIndex } from './grounding-index';
import { containsMention, containsWord, normaliseForMatch } from './grounding-text';

type SpeakerDrop = 'mention' | 'speaker-disagrees' | 'speaker-not-in-article' | 'speaker-not-a-person';

const SPEAKER_SHAPE = /^\p{L}[\p{L}\p{M} .'-]{0,79}$/u;

/**
 * The quote's speaker as the article attributes it. Where the extractive analysis found the same
 * quotation, its attribution decides: a model naming someone else (swapped speakers, a
 * reporter's question credited to the person asked) or someone for a quote the article leaves
 * unattributed is dropped. Where it did not, the model's speaker must be a person the article
 * names in the quote's own paragraph: not "White House" or "Russian".
 */
export function checkSpeaker(quote: {
  named: string | null;
  text: string;
  sentenceId: number;
  index: GroundingIndex;
  base: Analysis;
}): string | null | { drop: SpeakerDrop } {
  const { named, text, sentenceId, index, base } = quote;
  const claimed = named?.trim() ? normaliseForMatch(named) : null;
  if (claimed && containsMention(claimed)) return { drop: 'mention' };
  const known = articleAttribution(text, sentenceId, base);
  if (known !== undefined) {
    if (claimed === null) return known;
    if (known === null || !sameSpeaker(claimed, known)) return { drop: 'speaker-disagrees' };
    return known;
  }
  if (claimed === null) return null;
  const asNamed = SPEAKER_SHAPE.test(claimed) ? nameInArticle(claimed, index, base.entities) : undefined;
  if (!asNamed) return { drop: 'speaker-not-in-article' };
  if (!isPersonNamedNear(asNamed, sentenceId, index, base.entities)) return { drop: 'speaker-not-a-person' };
  return asNamed;
}

/** The extractive speaker of the quotation containing (or contained in) the model's quote text. */
function articleAttribution(text: string, sentenceId: number, base: Analysis): string | null | undefined {
  const wanted = bareQuote(text);
  if (!wanted) return undefined;
  const matches = base.quotes.filter((q) => {
    const have = bareQuote(q.text);
    return have !== '' && (have.includes(wanted) || wanted.includes(have));
  });
  const best = matches.find((q) => q.sentenceId === sentenceId) ?? matches[0];
  return best ? best.speaker : undefined;
}

function bareQuote(text: string): string {
  return normaliseForMatch(text)
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The same person: equal names, or the same surname ("Sean Spicer" and "Spicer"). */
function sameSpeaker(a: string, b: string): boolean {
  // Typeset apostrophes ("O’Malley"), a sentence's closing full stop ("said Casey Jr.") and an
  // apposition ("Amy Pope, deputy homeland security advisor") aside.
  const bare = (name: string) => normaliseForMatch(name).split(',')[0] ?? '';
  const words = (name: string) =>
    bare(name)
      .toLowerCase()
      .replace(/^(?:the|a|an)\s+/u, '')
      .split(/\s+/u)
      .map((word) => word.replace(/\.+$/u, ''))
      .filter(Boolean);
  const x = words(a);
  const y = words(b);
  if (x.join(' ') === y.join(' ')) return true;
  const capitalised = (name: string) => /^\p{Lu}/u.test(bare(name).trim().split(/\s+/u).at(-1) ?? '');
  return capitalised(a) && capitalised(b) && x.at(-1) === y.at(-1);
}

/** A person entity (or a surname of one) that the quote's paragraph itself names. */
function isPersonNamedNear(name: string, sentenceId: number, index: GroundingIndex, entities: Entity[]): boolean {
  const surname = name.split(' ').at(-1) ?? name;
  const person = entities.some((e) => e.type === 'person' && (e.name === name || e.name.split(' ').at(-1) === surname));
  if (!person) return false;
  const paragraph = index.starts.find((s) => s.id === sentenceId)?.paragraph;
  const near = index.starts
    .filter((s) => s.paragraph === paragraph)
    .map((s) => index.sentences.get(s.id) ?? '')
    .join(' ');
  return containsWord(near, surname);
}

/**
 * The speaker as the article names them. Models add first names from world knowledge ("Sean
 * Spicer" where the article only says "Spicer"); the brief must use the article's name, so the
 * surname is mapped to the fullest person the article names with it, or to the surname itself.
 */
function nameInArticle(name: string, index: GroundingIndex, entities: Entity[]): string | undefined {
  if (containsWord(index.body, name)) return name;
  const surname = name.split(' ').at(-1) ?? '';
  if (surname.length < 2 || !containsWord(index.body, surname)) return undefined;
  const person = entities.find(
    (e) => e.type === 'person' && e.name.split(' ').at(-1) === surname && containsWord(index.body, e.name),
  );
  return person?.name ?? surname;
}
