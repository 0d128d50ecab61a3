/**
 * What every reader gives the parser: the document as ordered blocks. Readers keep the
 * structure the format has (headings, list items, tables) and drop only layout
 * (page headers and footers, page numbers, line wrapping inside a paragraph).
 */
export type Block =
  | { kind: 'heading'; level: number; text: string; where?: Where }
  | { kind: 'paragraph'; text: string; bold?: boolean; where?: Where }
  | { kind: 'list item'; text: string; level: number; ordered: boolean; marker?: string; where?: Where }
  | { kind: 'table'; rows: string[][]; where?: Where };

/** Where a block came from, for error messages and review: a line of a text file, a page of a PDF. */
export interface Where {
  line?: number;
  page?: number;
}

export type SourceFormat = 'txt' | 'md' | 'docx' | 'pdf';

export interface ReadResult {
  format: SourceFormat;
  blocks: Block[];
  /** PDF pages read, when the format has pages. */
  pages?: number;
  /** Things the reader had to guess or skip, said so that a person can act on them. */
  warnings: string[];
}
