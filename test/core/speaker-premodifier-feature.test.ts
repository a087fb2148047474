import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/core/clean-article';
import { quoteSpeakerInputs } from '../../src/core/quote-speaker-inputs';
import { FEATURE_NAMES } from '../../src/core/speaker-feature-names';
import { splitSentences } from '../../src/core/split-sentences';

const PREMODIFIER = FEATURE_NAMES.indexOf('name-premodifier-only');

/**
 * The premodifier feature of each candidate of the article's first speech quotation, by name (a
 * feature the model does not have reads as off).
 */
function premodifierOnly(body: string): Record<string, number> {
  const inputs = quoteSpeakerInputs(splitSentences(cleanArticle(`Headline\n\n${body}`, {})));
  const first = inputs.find(({ item }) => item.kind === 'utterance');
  return Object.fromEntries((first?.candidates ?? []).map((c) => [c.speaker.name, c.features[PREMODIFIER] ?? 0]));
}

const LEAD = 'Marta Delgado toured three mill towns on Monday. Organisers counted a thousand people at each stop.';

describe('the ranker feature for a name that only modifies a noun in the quotation’s sentences', () => {
  it('is on when the tag names the candidate’s aide, not the candidate', () => {
    const got = premodifierOnly(`${LEAD}\n\n"We expect a close count in every county," one Delgado aide said.`);
    expect(got['Marta Delgado']).toBe(1);
  });

  it('is off when the candidate herself is the subject of the tag', () => {
    const got = premodifierOnly(`${LEAD}\n\n"We expect a close count in every county," Delgado said.`);
    expect(got['Marta Delgado']).toBe(0);
  });

  it('is off when the quotation’s sentence also names her as a person, not only as a modifier', () => {
    const body = `${LEAD}\n\n"We expect a close count in every county," a Delgado aide said after Delgado left the hall.`;
    expect(premodifierOnly(body)['Marta Delgado']).toBe(0);
  });
});
