import type { Analysis } from '../src/core/analysis-types';
import type { Gender } from '../src/core/honorifics';
import { indexPeople } from '../src/core/people';

/** A subject pronoun of either sex, as the lead paragraph goes on about its subject ("She was 91."). */
const SUBJECT_PRONOUN = /(?<![\p{L}'’])(she|he)(?![\p{L}'’])/giu;

/**
 * The person the article's first sentence has as its subject ("Ada Quell, whose workshop …, died on Friday"), when
 * the pronoun's sex fits them: the sex the article gives them (`genderOf`), else the one the lead paragraph's own
 * he/she gives ("She was 79.") with no pronoun of the other sex beside it. Null when the sentence opens on no named
 * subject, or the sex is the other or unknown. A first thread question's "when did she die?" that the brief's quotes
 * cannot read means the person the story is about, not the brother it mentions last (audit 48 B-a48-2).
 */
export function leadSubject(
  analysis: Analysis,
  gender: Gender,
  genderOf: (person: string) => Gender | null,
): string | null {
  const lead = analysis.sentences[0];
  if (!lead) return null;
  const mention = (indexPeople(analysis.sentences).mentions[lead.id] ?? [])[0];
  // "Ines Varga, who led …, died": a name opening the sentence is its subject, an aside or relative clause after it.
  const opens = mention !== undefined && mention.start === lead.start;
  if (!mention || !(mention.subject || opens) || mention.possessive || mention.object) return null;
  const name = mention.person.name;
  if (!analysis.entities.some((e) => e.type === 'person' && e.name === name)) return null;
  const paragraph = analysis.sentences
    .filter((s) => s.paragraph === lead.paragraph)
    .map((s) => s.text)
    .join(' ');
  const said = new Set([...paragraph.matchAll(SUBJECT_PRONOUN)].map((m) => m[1]!.toLowerCase()));
  const byPronoun: Gender | null = said.size !== 1 ? null : said.has('she') ? 'female' : 'male';
  return (genderOf(name) ?? byPronoun) === gender ? name : null;
}
