/** A file an import cannot read (or cannot read past a line): the message says why, for a clerk. */
export class ImportFileError extends Error {}
