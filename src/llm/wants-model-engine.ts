import type { Config } from '../config/config-schema';

/**
 * NEWSBRIEF_ENGINE=llm, or auto with a model and a key or base URL. Kept apart from the engine
 * so the offline default can decide without loading the model SDK.
 */
export function wantsModelEngine(
  config: Pick<Config, 'NEWSBRIEF_ENGINE' | 'NEWSBRIEF_MODEL' | 'OPENAI_API_KEY' | 'OPENAI_BASE_URL'>,
): boolean {
  const reachable = !!config.OPENAI_API_KEY || !!config.OPENAI_BASE_URL;
  return (
    config.NEWSBRIEF_ENGINE === 'llm' || (config.NEWSBRIEF_ENGINE === 'auto' && !!config.NEWSBRIEF_MODEL && reachable)
  );
}
