/**
 * Generational suffixes after a surname ("Vann R. Newkirk II", "Martin Luther King Jr."). They
 * are part of the name: "Donald Trump Jr." is not "Donald J. Trump", his father.
 */
export const GENERATIONAL_SUFFIXES = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);

/** The suffix a name ends with ("Jr." in "Donald Trump Jr."), the same spelt with or without its stop; '' if none. */
export function generationalSuffix(name: string): string {
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return GENERATIONAL_SUFFIXES.has(last) && last !== name ? last.replace(/\.$/, '') : '';
}
