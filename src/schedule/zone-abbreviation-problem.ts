/**
 * Why a bare zone abbreviation ("BST", "EST", "IST") is refused, or undefined for any other name.
 * The time-zone database keeps such names as links to one city each, rarely the one meant:
 * "BST" is Asia/Dhaka (not British Summer Time), "EST" America/Panama (UTC−5 all year, not New
 * York), "IST" Asia/Kolkata (not Ireland or Israel). Accepting them would post at the wrong hour
 * half the year under a zone name the user never typed. Names that resolve to UTC ("UTC", "GMT",
 * "UCT") and explicit rule names ("EST5EDT") are fine.
 */
export function zoneAbbreviationProblem(name: string): string | undefined {
  const typed = name.trim();
  if (!/^[a-z]{1,4}t$/i.test(typed)) return undefined;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: typed }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  if (resolved === 'UTC') return undefined;
  return (
    `"${typed}" is an abbreviation, which the time-zone database reads as ${resolved}: ` +
    'name the place instead (e.g. Europe/London, America/New_York, Asia/Kolkata), so daylight saving follows it'
  );
}
