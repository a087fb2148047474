import * as z from 'zod';

/**
 * What the model must return. Every field is required and nullable instead of optional because
 * OpenAI strict json_schema mode demands it; limits (item counts, lengths, integer ids) are
 * enforced by verifyAnalysis rather than in the schema: zod's .int() emits ±2^53 bounds that
 * bloat llama.cpp's grammar, and not every local server honours such keywords anyway.
 */
export const modelAnalysisSchema = z.object({
  summary: z.array(z.object({ text: z.string(), sentenceIds: z.array(z.number()) })),
  quotes: z.array(
    z.object({
      text: z.string(),
      speaker: z.string().nullable(),
      sentenceId: z.number(),
      key: z.boolean(),
    }),
  ),
  questions: z.array(
    z.object({
      text: z.string(),
      kind: z.enum(['unverified', 'disputed', 'pending', 'unknown', 'denied', 'other']),
      sentenceIds: z.array(z.number()),
    }),
  ),
});

export type ModelAnalysis = z.output<typeof modelAnalysisSchema>;

/** A thread answer: null answer means the article does not say. */
export const modelAnswerSchema = z.object({
  answer: z.string().nullable(),
  sentenceIds: z.array(z.number()),
});

export type ModelAnswer = z.output<typeof modelAnswerSchema>;
