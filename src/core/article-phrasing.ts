import type { Entity } from './analysis-types';
import { mainActorOf } from './main-actor-of';
import { outletOpeners } from './outlet-openers';
import type { QuestionInput } from './prepare-questions';
import { properWordsOf } from './proper-words-of';

/** What phrasing any sentence reads of the whole article (split out of prepare-questions.ts). */
export interface ArticlePhrasing {
  properWords: Set<string>;
  mainActor: string | null;
  mainIsPerson: boolean;
  people: Entity[];
  copy: string;
}

/**
 * The article's words and actors as the question templates read them: its proper words, its main actor (and whether
 * a person), its people and its whole copy. `actors` are the named people and organisations, `speakerNames` every
 * resolved speaker.
 */
export function articlePhrasing(
  partial: Pick<QuestionInput, 'title' | 'sentences' | 'entities'>,
  actors: Entity[],
  speakerNames: ReadonlySet<string>,
): ArticlePhrasing {
  const { sentences, entities } = partial;
  const texts = [partial.title, ...sentences.map((s) => s.text)];
  // A place the name finder reads ("Washington did not complain …") is a name at a sentence's start too.
  const places = entities.filter((e) => e.type === 'place').map((e) => e.name);
  const properWords = properWordsOf(
    texts,
    [...actors.map((e) => e.name), ...places, ...speakerNames, ...outletOpeners(texts)],
    new Set([...actors.filter((e) => e.type === 'person').map((e) => e.name), ...speakerNames]),
  );
  const mainActor = mainActorOf(sentences, actors);
  const mainIsPerson = actors.some(
    (e) => e.name === mainActor && e.type === 'person' && (!!e.role || speakerNames.has(e.name)),
  );
  const people = actors.filter((e) => e.type === 'person');
  return { properWords, mainActor, mainIsPerson, people, copy: texts.join('\n') };
}
