/**
 * What every version of one engine's cache keys starts with: "extractive@" for
 * "extractive@31+3f2a…", "llm:gpt-4o-mini@" for "llm:gpt-4o-mini@p3+…". Keys sharing it are the
 * same engine at other versions (or learned data); another model is another engine.
 */
export function engineKeyPrefix(engineKey: string): string {
  const at = engineKey.indexOf('@');
  return `${at < 0 ? engineKey : engineKey.slice(0, at)}@`;
}
