import { distance } from 'fastest-levenshtein';

/**
 * Variables in newsbrief's own namespace that development tools read, not the bot: the test
 * suite's PostgreSQL binaries and the store benchmark's size.
 */
const DEVELOPMENT_SETTINGS = new Set(['NEWSBRIEF_PG_BIN', 'NEWSBRIEF_BENCH_ARTICLES']);

/**
 * Misspelt settings, one problem each. A typo in a key (`SLACK_BOT_TOKN`, `NEWSBRIEF_TIMEZONE`)
 * otherwise leaves the real setting unset without a word: the bot starts as a console chat, or
 * posts at UTC. Every unknown NEWSBRIEF_* key is ours to refuse; a SLACK_, DISCORD_ or OPENAI_
 * key may belong to another tool in the same environment, so it is refused only when it is
 * close to one of ours. So is a key whose namespace itself is misspelt or lower-cased
 * (`NEWSBREIF_DB`, `SLAK_BOT_TOKEN`, `newsbrief_tz`): ignored, it left the store at its default
 * path without a word. Only names are reported, never values (they may be tokens).
 */
export function unknownSettings(keys: readonly string[], known: readonly string[]): string[] {
  const knownSet = new Set(known);
  const problems: string[] = [];
  for (const key of keys) {
    if (knownSet.has(key) || DEVELOPMENT_SETTINGS.has(key)) continue;
    const ours = key.startsWith('NEWSBRIEF_');
    if (!ours && !/^(SLACK|DISCORD|OPENAI)_/.test(key) && !misspeltNamespace(key)) continue;
    const nearest = closestSetting(key.toUpperCase(), known);
    if (nearest) problems.push(`${key}: is not a newsbrief setting; did you mean ${nearest}?`);
    else if (ours) problems.push(`${key}: is not a newsbrief setting; .env.example lists every one`);
  }
  return problems;
}

function closestSetting(key: string, known: readonly string[]): string | undefined {
  // A quarter of the name may differ (DISCORD_BOT_TOKEN → DISCORD_TOKEN); at least two letters.
  const allowed = Math.max(2, Math.floor(key.length / 4));
  let best: { name: string; d: number } | undefined;
  for (const name of known) {
    const d = distance(key, name);
    if (d <= allowed && (!best || d < best.d)) best = { name, d };
  }
  return best?.name;
}

const NAMESPACES = ['NEWSBRIEF', 'SLACK', 'DISCORD', 'OPENAI'];

/**
 * A first word within two edits of one of ours (a swap is two): a setting meant for newsbrief. A word that only
 * extends one of ours (`DISCORDJS_TOKEN`, `SLACKBOT_URL`) names another tool's namespace, and the check reads the
 * whole environment, so refusing it would stop the bot over a key that was never meant for it (review B-ux37-1).
 */
function misspeltNamespace(key: string): boolean {
  const first = key.toUpperCase().split('_')[0] ?? '';
  return NAMESPACES.some((name) => distance(first, name) <= 2 && !(first !== name && first.startsWith(name)));
}
