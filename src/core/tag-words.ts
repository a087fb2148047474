/** A word of a tag's text and where it sits. */
export interface WordAt {
  word: string;
  start: number;
  end: number;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Words as /[A-Za-z]+(?:['’-][A-Za-z]+)*\/g reads them, scanned by hand (this runs per quote). */
export function tagWords(text: string): WordAt[] {
  const list: WordAt[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isLetter(text.charCodeAt(i))) i++;
    for (;;) {
      const c = text.charCodeAt(i);
      if (!((c === 39 || c === 0x2019 || c === 45) && isLetter(text.charCodeAt(i + 1)))) break;
      for (i += 1; i < n && isLetter(text.charCodeAt(i)); i++);
    }
    list.push({ word: text.slice(start, i), start, end: i });
  }
  return list;
}
