/** The points of the compass a seat, district or region is named by. */
const POINTS = new Set([
  'North',
  'South',
  'East',
  'West',
  'Central',
  'Northeast',
  'Northwest',
  'Southeast',
  'Southwest',
]);

/** "North", "South-East", "North/East": a point of the compass, or two joined by a hyphen or a slash. */
export function compassPoint(word: string): boolean {
  return word.split(/[-/]/).every((part) => POINTS.has(part));
}
