/** Zips whose bytes depend only on their content: fixed timestamps, fixed order, fixed compression. */
import { unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Every entry's time. Zip stores local date fields (DOS time), so the date is built from local fields,
 * at each call: the bytes are then the same in every time zone, in the build and in the browser.
 */
const fixedMtime = () => new Date(1980, 0, 1, 0, 0, 0);
/** The same moment for the document properties (created/modified) inside each .docx. */
export const FIXED_ISO_DATE = '1980-01-01T00:00:00Z';

/** Zips the files in the order given. */
export function zipFiles(files: Array<[name: string, data: Uint8Array]>): Uint8Array {
  const zippable: Zippable = {};
  const mtime = fixedMtime();
  for (const [name, data] of files) zippable[name] = [data, { mtime, level: 6 }];
  return zipSync(zippable, { mtime });
}

/** Unzips and zips again with fixed timestamps, letting `edit` change entries on the way. */
export function rezip(zip: Uint8Array, edit: (name: string, data: Uint8Array) => Uint8Array = (_, d) => d): Uint8Array {
  const entries = unzipSync(zip);
  return zipFiles(Object.entries(entries).map(([name, data]) => [name, edit(name, data)]));
}
