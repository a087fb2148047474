import type { Entity, Sentence } from './analysis-types';
import type { CleanArticle } from './clean-article';
import { goodsNamedRun } from './goods-named-run';
import { labelledPeople } from './labelled-people';
import { nonPersonKind } from './non-person-kind';
import { NOT_NAMES } from './not-names';
import { orgLike } from './org-like';
import { indexPeople } from './people';
import { bodiesShortened, firmAfterName, formOfAddress } from './person-typed-otherwise';
import { PLACES } from './place-words';
import { roleAcronyms } from './role-acronym';
import { roleRunOf } from './role-run-of';
import { speakerLabels } from './speaker-labels';
import { thingNamedRun } from './thing-named-run';
import { tradeNamedRun } from './trade-named-run';

/** People (with the role the copy gives them), organisations and places, in order of first mention. */
export function findEntities(sentences: Sentence[], _article?: CleanArticle): Entity[] {
  const index = indexPeople(sentences);
  const entities: Entity[] = [];
  const seen = new Set<string>();
  // A transcript's turn label ("BRENN:") is who speaks, never an entity of its own (audit 51, B-a51-4).
  const labels = speakerLabels(sentences.map((s) => s.text));
  const add = (entity: Entity): void => {
    const key = entity.name.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    entities.push(entity);
  };
  let posts: Set<string> | undefined;
  const addOther = (name: string): void => {
    const bare = name.replace(/^(?:The|A|An)\s+/, '');
    // "Chief Executive Officer of Corvana Labs" names the body after the role words.
    const text = roleRunOf(bare)?.body ?? bare;
    if (text.length < 2 || NOT_NAMES.has(text) || labels.has(text) || index.lookup(text)) return;
    // "officer-in-charge (OC)": the acronym names a post, no body (role-acronym.ts).
    posts ??= new Set(roleAcronyms(sentences.map((s) => s.text).join(' ')));
    if (posts.has(text)) return;
    if (PLACES.has(text)) add({ name: text, type: 'place' });
    else if (orgLike(text)) add({ name: text, type: 'organization' });
  };
  const labelled = labelledPeople(sentences);
  for (const sentence of sentences) {
    // A person named only by a transcript's turn labels, first where their first turn opens; one the prose names
    // too is added once, under the first name read (the label's is the fullest the article gives).
    const speaker = labelled.get(sentence.id);
    if (speaker) add(speaker);
    // Mentions and other runs in order of offset, mentions first on a tie: the people index keeps
    // mentions sorted, so a merge does what sorting the two lists together did, without the copies.
    const mentions = index.mentions[sentence.id]!;
    const unsorted = index.others[sentence.id]!;
    const others = unsorted.length > 1 ? [...unsorted].sort((a, b) => a.start - b.start) : unsorted;
    for (let m = 0, o = 0; m < mentions.length || o < others.length; ) {
      if (o < others.length && (m === mentions.length || others[o]!.start < mentions[m]!.start)) {
        const other = others[o++]!;
        // "HK$480 million", "GH¢12 million": capitals glued to a currency sign are the currency's code, no body.
        if (!/^\p{Sc}/u.test(sentence.text.slice(other.end - sentence.start))) addOther(other.text);
        continue;
      }
      const mention = mentions[m++]!;
      const person = mention.person;
      add(
        person.role ? { name: person.name, type: 'person', role: person.role } : { name: person.name, type: 'person' },
      );
      const firm = firmAfterName(sentence.text, mention.end - sentence.start);
      if (firm) addOther(firm);
    }
  }
  // A run typed as a person whose own words or copy say otherwise ("Port Ellis", "the Brightwater Marine ferries",
  // "47, of Marlow Township", "Pinecrest Air", "Kestrel Civil Engineering" with no person's cue). A form of address ("Your Honor") and a body's
  // shortened name ("Fieldwing", listed whole as "Fieldwing Robotics Inc.") are no entity of their own.
  const text = sentences.map((s) => s.text).join(' ');
  const shortened = bodiesShortened(entities);
  return entities
    .filter((e) => e.type !== 'person' || !(formOfAddress(e.name) || shortened.has(e.name)))
    .map((e) => {
      const kind =
        e.type === 'person'
          ? (nonPersonKind(e.name, text) ?? thingNamedRun(e, text) ?? tradeNamedRun(e, text) ?? goodsNamedRun(e, text))
          : null;
      return kind ? { name: e.name, type: kind } : e;
    });
}
