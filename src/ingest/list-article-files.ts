import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;

/** One thing to ingest: a file to read, or a path that already failed (with the reason). */
export type ListedPath =
  | { kind: 'file'; path: string }
  | { kind: 'skipped'; path: string; reason: string }
  | { kind: 'failed'; path: string; reason: string };

/** Last parts that name a kind of file, not a site: "notes.docx" is a file the user meant. */
const FILE_TYPES = new Set(
  'txt md markdown html htm pdf doc docx odt rtf json jsonl csv tsv xml xls xlsx ppt pptx jpg jpeg png gif zip gz'.split(
    ' ',
  ),
);

/**
 * A site name typed without its scheme: "www.example.com", or a dotted host and a path
 * ("example.co.uk/news/1"). A file name has the dotted shape too, so a bare name must start with
 * "www.", and a last part that names a file type rules it out.
 */
function looksLikeWebAddress(path: string): boolean {
  const slash = path.indexOf('/');
  const site = slash === -1 ? path : path.slice(0, slash);
  if (!/^(?:[a-z\d-]+\.)+[a-z]{2,}$/i.test(site)) return false;
  if (FILE_TYPES.has(site.split('.').at(-1)!.toLowerCase())) return false;
  return slash > 0 || /^www\./i.test(site);
}

function isArticleFile(path: string): boolean {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/**
 * Expands files and folders (recursively, sorted, each real file once) into the files to ingest.
 * Hidden entries inside folders (.git, .DS_Store) are ignored; unsupported types are listed as
 * skipped so the user sees why; a folder with no article files is a failure of its own.
 */
export async function listArticleFiles(paths: readonly string[]): Promise<ListedPath[]> {
  const out: ListedPath[] = [];
  const seen = new Set<string>();
  /** Returns how many article files the path holds (counting ones already listed). */
  const visit = async (path: string, explicit: boolean): Promise<number> => {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      const reason = describeFsError(error);
      // "example.com/story" typed without its scheme: say how to make it a link.
      const hint = explicit && looksLikeWebAddress(path) ? '; for a web page, write the link with https://' : '';
      out.push({ kind: 'failed', path, reason: `${reason}${hint}` });
      return 0;
    }
    const real = await realpath(path).catch(() => path);
    if (seen.has(real)) return info.isFile() && isArticleFile(path) ? 1 : 0; // named twice, or a symlink loop
    seen.add(real);
    if (info.isDirectory()) {
      const entries = await readdir(path).catch((error: unknown) => error as Error);
      if (entries instanceof Error) {
        out.push({ kind: 'failed', path, reason: describeFsError(entries) });
        return 0;
      }
      let found = 0;
      for (const name of entries.sort()) if (!name.startsWith('.')) found += await visit(join(path, name), false);
      if (explicit && found === 0) {
        out.push({
          kind: 'failed',
          path,
          reason: `folder contains no articles (${ARTICLE_EXTENSIONS.join(', ')} files)`,
        });
      }
      return found;
    }
    if (!isArticleFile(path)) {
      const ext = extname(path) || 'a file with no extension';
      const reason = `${ext} is not an article type (${ARTICLE_EXTENSIONS.join(', ')})`;
      // Inside a folder an odd file is passed over; one named on purpose is a failure the user must see.
      out.push({ kind: explicit ? 'failed' : 'skipped', path, reason });
      return 0;
    }
    if (!info.isFile()) {
      out.push({ kind: 'failed', path, reason: 'not a regular file' });
      return 0;
    }
    out.push({ kind: 'file', path });
    return 1;
  };
  for (const path of paths) await visit(path, true);
  return out;
}

/** A file-system error as a reason a person understands. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      // "link" alone would read as a web link to a newsroom user; this one is a symbolic link.
      return 'not found (no such file, or a broken symbolic link)';
    case 'EACCES':
    case 'EPERM':
      return 'unreadable: permission denied';
    case 'EISDIR':
      return 'unreadable: is a folder, not a file';
    case 'ELOOP':
      return 'unreadable: too many symbolic links';
    case 'ENAMETOOLONG':
      return 'unreadable: path too long';
    default:
      return `unreadable: ${error instanceof Error ? error.message : String(error)}`;
  }
}
