/**
 * Packs already-escaped lines into chunks of at most `max` characters, keeping lines whole where
 * possible. A single line longer than `max` is cut at a space, never inside an `&amp;` entity.
 */
export function splitSlackText(lines: string[], max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  const flush = () => {
    if (current) chunks.push(current);
    current = '';
  };
  for (const line of lines) {
    for (const piece of cutLine(line, max)) {
      if (current && current.length + 1 + piece.length > max) flush();
      current = current ? `${current}\n${piece}` : piece;
    }
  }
  flush();
  return chunks;
}

function cutLine(line: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > max) {
    let cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = safeCut(rest, max);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** Backs off from an entity that would be cut in half ("&am|p;"). */
function safeCut(text: string, max: number): number {
  const amp = text.lastIndexOf('&', max);
  if (amp > 0 && max - amp < 6 && !text.slice(amp, max).includes(';')) return amp;
  return max;
}
