import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const analyse = (body: string) => analyzeArticle(`Border news\n\n${body}`);

// Audit B-a60-8: "According to the General Staff of Ukraine's Armed Forces, …" credited "Armed Forces", a person.
it('credits the body a possessed name sits inside, and types a plural body head as an organisation', () => {
  const a = analyse("According to the Joint Command of Norway's Coastal Forces, three patrol boats were sent north.");
  expect(a.statements[0]?.speaker).toBe("the Joint Command of Norway's Coastal Forces");
  expect(a.entities.find((e) => e.name === 'Coastal Forces')?.type).toBe('organization');
});

it('controls: a speaker after a possessor with no preposition, or joined by "and", is still the speaker', () => {
  expect(analyse("Chile's Ana Vidal said the talks were over.").statements[0]?.speaker).toBe('Ana Vidal');
  expect(analyse("Tomas Ruiz and Chile's Ana Vidal said the talks were over.").statements[0]?.speaker).toMatch(
    /Ana Vidal/,
  );
  expect(analyse('An aide to Ruth Atieno said the talks were over.').statements[0]?.speaker).toBe(
    'an aide to Ruth Atieno',
  );
});
