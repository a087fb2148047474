/**
 * One capitalised word of a name as regex source: a capital, then letters, marks, stops, apostrophes or hyphens
 * ("O'Neill", "St.", "Lopez-Greer"). Shared by the list and pair readers of speaker tags so they read the same runs.
 */
export const CAPITALISED_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
