/**
 * A document the importer cannot read, said so that a person can act on it: which file,
 * what is wrong, and what to do about it.
 */
export type ExtractProblem =
  | 'empty'
  | 'too large'
  | 'unsupported'
  | 'corrupt'
  | 'password protected'
  | 'no text layer'
  | 'unreadable'
  | 'missing';

export class ExtractError extends Error {
  override readonly name = 'ExtractError';

  constructor(
    readonly file: string,
    readonly problem: ExtractProblem,
    /** The whole message, starting with the file name. */
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const DEFAULT_SIZE_LIMIT_BYTES = 20 * 1024 * 1024;

const SUPPORTED = '.txt, .md, .docx or .pdf';

export const problems = {
  empty: (file: string) =>
    new ExtractError(file, 'empty', `${file}: the file is empty. Export the minutes again from the original and retry.`),
  tooLarge: (file: string, bytes: number, limit: number) =>
    new ExtractError(
      file,
      'too large',
      `${file}: the file is ${megabytes(bytes)}, over the ${megabytes(limit)} limit. ` +
        'Split it into one document per meeting, or raise the limit (--max-size) if it really is one set of minutes.',
    ),
  unsupported: (file: string, what: string) =>
    new ExtractError(file, 'unsupported', `${file}: ${what} cannot be read. Save the minutes as ${SUPPORTED} and retry.`),
  corrupt: (file: string, format: string, cause?: unknown) =>
    new ExtractError(
      file,
      'corrupt',
      `${file}: this ${format} file is damaged or not really a ${format} file` +
        `${cause instanceof Error ? ` (${cause.message})` : ''}. Open it in its own program, save it again and retry.`,
      { cause },
    ),
  truncated: (file: string, format: string, cause?: unknown) =>
    new ExtractError(
      file,
      'corrupt',
      `${file}: this ${format} file is damaged — it is incomplete, stopping part-way through, as happens when a download, upload or copy is cut short. ` +
        `Get a complete copy (download or copy it again, or open the original in ${format === 'Word' ? 'Word' : 'its own program'} and save it again) and retry.`,
      { cause },
    ),
  passwordProtected: (file: string, format: string) =>
    new ExtractError(
      file,
      'password protected',
      `${file}: this ${format} file is password-protected. Remove the password (save an unprotected copy) and retry.`,
    ),
  noTextLayer: (file: string) =>
    new ExtractError(
      file,
      'no text layer',
      `${file}: this PDF has no text to read — it looks scanned. Run OCR on it first (or use the original Word document) and retry.`,
    ),
  missing: (file: string) => new ExtractError(file, 'missing', `${file}: no such file. Check the path and retry.`),
  unreadable: (file: string, cause: unknown) =>
    new ExtractError(
      file,
      'unreadable',
      `${file}: could not be read (${cause instanceof Error ? cause.message : String(cause)}). Check the file opens, then retry.`,
      { cause },
    ),
};

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
