// Bounds on what one imported file may cost: every reader checks these before it allocates, so a hostile
// file (a zip bomb, HTML nested a million deep, a PDF of ten thousand pages) is refused with a message.
export interface Limits {
  /** Bytes of the file as given. */
  maxFileBytes: number;
  /** Bytes a .docx may unpack to, all entries together. */
  maxUnzippedBytes: number;
  /** Entries in a .docx archive. */
  maxZipEntries: number;
  /** Unpacked size over packed size for one entry; Word XML compresses about 10:1, a bomb 1000:1. */
  maxCompressionRatio: number;
  /** Elements open at once in HTML or XML. */
  maxNestingDepth: number;
  /** Pages read from a PDF. */
  maxPdfPages: number;
  /** Characters of text a reader may hand to the importer. */
  maxTextChars: number;
}

export const LIMITS: Readonly<Limits> = Object.freeze({
  maxFileBytes: 20 * 1024 * 1024,
  maxUnzippedBytes: 64 * 1024 * 1024,
  maxZipEntries: 2000,
  maxCompressionRatio: 200,
  maxNestingDepth: 256,
  maxPdfPages: 200,
  maxTextChars: 4_000_000,
});
