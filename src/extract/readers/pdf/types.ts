/**
 * The shapes the PDF reader works with between pdfjs and blocks. All coordinates are in
 * points, measured from the top-left corner of the page (y grows downwards).
 */

/** A piece of text as pdfjs placed it. */
export interface TextRun {
  text: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  size: number;
  bold: boolean;
}

/** Text pieces sharing a baseline, left to right. */
export interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  /** Size of most of its characters. */
  size: number;
  /** All of its text is bold. */
  bold: boolean;
  /** The bold text a line opens with when plain text follows it ("Actions arising Homelessness to ..."). */
  boldLead?: string;
  /** How far superscripts rise above the baseline: the line is that much taller. */
  lift: number;
  /** Pieces separated by wide gaps (tab stops, table columns), left to right. */
  segments: Segment[];
}

export interface Segment {
  x0: number;
  x1: number;
  text: string;
}

/** A ruling line: `at` is its y (horizontal) or x (vertical); it runs from `from` to `to`. */
export interface Rule {
  at: number;
  from: number;
  to: number;
}

export interface Rulings {
  horizontal: Rule[];
  vertical: Rule[];
}

/** A table cell's lines and its left and right edges. */
export interface Cell {
  lines: Line[];
  left: number;
  right: number;
}

export interface TableDraft {
  /** Rows of cells; a cell another spans over is empty. */
  cells: Cell[][];
  /** Column edges, left to right, to recognise the same table on the next page. */
  columns: number[];
  top: number;
  bottom: number;
}

/** What one page holds once its text is in lines and its ruled tables are read. */
export interface PageLayout {
  page: number;
  width: number;
  height: number;
  /** Text outside tables, top to bottom. */
  lines: Line[];
  tables: TableDraft[];
}
