/** Whether Intl knows the zone by that name (the config refuses an unknown one; front matter reads it as UTC). */
export function knownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
