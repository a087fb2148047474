import type { Entity, Sentence } from './analysis-types';
import type { CleanArticle } from './clean-article';
import { nonPersonKind } from './non-person-kind';
import { NOT_NAMES } from './not-names';
import { orgLike } from './org-like';
import { indexPeople } from './people';
import { PLACES } from './place-words';

/** People (with the role the copy gives them), organisations and places, in order of first mention. */
export function findEntities(sentences: Sentence[], _article?: CleanArticle): Entity[] {
  const index = indexPeople(sentences);
  const entities: Entity[] = [];
  const seen = new Set<string>();
  const add = (entity: Entity): void => {
    const key = entity.name.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    entities.push(entity);
  };
  for (const sentence of sentences) {
    const items = [
      ...index.mentions[sentence.id]!.map((m) => ({
        start: m.start,
        person: m.person,
        text: '',
        kind: 'person' as const,
      })),
      ...index.others[sentence.id]!.map((o) => ({ start: o.start, person: null, text: o.text, kind: o.kind })),
    ].sort((a, b) => a.start - b.start);
    for (const item of items) {
      if (item.person) {
        const person = item.person;
        add(
          person.role
            ? { name: person.name, type: 'person', role: person.role }
            : { name: person.name, type: 'person' },
        );
        continue;
      }
      const text = item.text.replace(/^(?:The|A|An)\s+/, '');
      if (text.length < 2 || NOT_NAMES.has(text) || index.lookup(text)) continue;
      if (PLACES.has(text)) add({ name: text, type: 'place' });
      else if (orgLike(text)) add({ name: text, type: 'organization' });
    }
  }
  // A run typed as a person whose own words or copy say otherwise ("Port Ellis", "the Brightwater Marine ferries").
  const text = sentences.map((s) => s.text).join(' ');
  return entities.map((e) => {
    const kind = e.type === 'person' ? nonPersonKind(e.name, text) : null;
    return kind ? { name: e.name, type: kind } : e;
  });
}
