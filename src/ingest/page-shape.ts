import { Parser } from 'htmlparser2';

/**
 * Limits on a page's shape before it is built into a DOM. Real news pages nest a few dozen
 * elements deep and hold a few thousand; the DOM and Readability walk ancestors and subtrees,
 * so a page of thousands of nested <div>s costs minutes or overflows the stack. These are far
 * above real pages and far below where the cost explodes.
 */
const MAX_DEPTH = 120;
export const MAX_ELEMENTS = 30_000;

export interface PageShape {
  elements: number;
  depth: number;
  /** Why the page is refused, or null when it is safe to parse. */
  problem: string | null;
}

/**
 * Counts elements and the deepest nesting with htmlparser2's streaming tokenizer (linear, no
 * tree, no recursion; implied end tags such as a second <li> closing the first are applied), and
 * stops as soon as a limit is passed.
 */
export function measurePageShape(html: string): PageShape {
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  let problem: string | null = null;
  const parser = new Parser(
    {
      onopentag() {
        if (problem) return;
        elements++;
        depth++;
        if (depth > deepest) deepest = depth;
        if (depth > MAX_DEPTH) problem = `it nests elements more than ${MAX_DEPTH} deep`;
        else if (elements > MAX_ELEMENTS) problem = `it has more than ${MAX_ELEMENTS.toLocaleString('en')} elements`;
        if (problem) parser.pause();
      },
      onclosetag() {
        depth = Math.max(0, depth - 1);
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return { elements, depth: deepest, problem };
}

/**
 * The blocks not inside another block of the list (a <p> inside a collected <blockquote> is
 * already in its parent's text). Each block's ancestors are looked up in a set: linear in the
 * blocks times the depth, which measurePageShape bounds.
 */
export function outermostBlocks<T extends object>(blocks: T[]): T[] {
  const collected = new Set<unknown>(blocks);
  return blocks.filter((block) => {
    for (let node = parentOf(block); node; node = parentOf(node)) if (collected.has(node)) return false;
    return true;
  });
}

function parentOf(node: unknown): unknown {
  return (node as { parentNode?: unknown }).parentNode ?? null;
}
