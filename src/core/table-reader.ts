import { visibleText } from './dom-text';
import { normalise } from './normalise';

/** A table read by its column headers, so that column order and extra columns do not matter. */
export interface ReadTable {
  /** Normalised header texts, by column. */
  readonly headers: readonly string[];
  readonly rows: readonly TableRow[];
}

export interface TableRow {
  readonly element: Element;
  /** Cell texts (as shown, trimmed), by column, aligned with `headers` (colspans expanded). */
  readonly cells: readonly string[];
  /** Whether the row holds only form controls: a filter row, not data (a row of text with a checkbox is data). */
  readonly isFilter: boolean;
}

// Written without spaces or quotes: the content script counts its bytes.
const ARIA_TABLE = '[role=table],[role=grid],[role=treegrid]';
const ARIA_CELLS = '[role=columnheader],[role=rowheader],[role=cell],[role=gridcell]';

/** The table (HTML or ARIA) around an element, such as one of its header cells. */
export function tableAround(el: Element): Element | null {
  return el.closest(`table,${ARIA_TABLE}`);
}

function rowsOf(table: Element): Element[] {
  if (table.tagName === 'TABLE') return [...(table as HTMLTableElement).rows];
  // Rows of a nested grid belong to that grid, not to this one.
  return [...table.querySelectorAll('[role=row]')].filter((row) => row.parentElement?.closest(ARIA_TABLE) === table);
}

function cellsOf(row: Element): Element[] {
  if (row.tagName === 'TR') return [...(row as HTMLTableRowElement).cells];
  return [...row.querySelectorAll(ARIA_CELLS)].filter((cell) => cell.closest('[role=row]') === row);
}

function expand(cells: Element[]): Element[] {
  const out: Element[] = [];
  for (const cell of cells) {
    const span = Math.min(
      Math.max(Number(cell.getAttribute('colspan') ?? cell.getAttribute('aria-colspan')) || 1, 1),
      50,
    );
    for (let i = 0; i < span; i++) out.push(cell);
  }
  return out;
}

// A cell as a person reads it: not the options of a filter's drop-down, nor scripts.
function cellText(cell: Element): string {
  return visibleText(cell, () => true, 500)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads `table`, taking as header row the first row that names one of `expected` headers.
 * Returns null when no such row exists (not the table we are looking for).
 */
export function readTable(table: Element, expected: readonly string[]): ReadTable | null {
  const wanted = expected.map(normalise);
  const rows = rowsOf(table);
  const label = (cell: Element): string => normalise(cell.textContent ?? '');
  const headerAt = rows.findIndex((row) => cellsOf(row).some((c) => wanted.includes(label(c))));
  if (headerAt < 0) return null;
  const headers = expand(cellsOf(rows[headerAt] as Element)).map(label);
  const body = rows.slice(headerAt + 1).map((row) => {
    const cells = expand(cellsOf(row)).map(cellText);
    return {
      element: row,
      cells,
      isFilter: row.querySelector('input,select,textarea') !== null && cells.every((c) => c === ''),
    };
  });
  return { headers, rows: body };
}

/** The column whose header is `name` (compared normalised), or -1. */
export function columnOf(table: ReadTable, name: string): number {
  return table.headers.indexOf(normalise(name));
}
