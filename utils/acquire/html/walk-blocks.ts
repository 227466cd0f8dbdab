import type { Line, LineKind, Run } from '../../document/types';
import { buildCell, buildLine } from '../../document/build-line';
import { addNote, cutLine, DOCUMENT_LIMITS, TRUNCATION_NOTES } from '../../document/limits';
import { HEADING_TAGS, hasBlockDescendant, isBlock, isHidden, SKIPPED_TAGS, tagOf } from './dom-tags';
import { isInlineColumn, PLAIN_STYLE, styleInside, type InlineStyle } from './inline-style';
import { isCellRow } from './row-cells';

/** Where the walker is: what kind of line text here becomes, and which block it belongs to. */
interface Frame {
  kind: LineKind;
  block: number;
  depth: number;
  headingLevel: number | null;
  style: InlineStyle;
  pre: boolean;
}

/** Text gathered since the last line break, as cells of runs. */
interface Pending {
  cells: Run[][];
}

class LineWalker {
  readonly lines: Line[] = [];
  /** Limits applied on the way (see document/limits.ts). */
  notes: string[] = [];
  private nextBlock = 0;
  /** Elements entered and not yet left: the walk recurses, so deep pages would overflow the stack. */
  private nesting = 0;

  constructor(private readonly base: string | null) {}

  /** Past the line limit nothing more is walked: later stages would only cut it off. */
  get full(): boolean {
    return this.lines.length >= DOCUMENT_LIMITS.maxLines;
  }

  private note(note: string): void {
    this.notes = addNote(this.notes, note);
  }

  private push(line: Line): void {
    if (this.full) return this.note(TRUNCATION_NOTES.lines);
    if (line.text.length > DOCUMENT_LIMITS.maxLineChars) this.note(TRUNCATION_NOTES.lineChars);
    this.lines.push(cutLine(line));
  }

  newBlock(): number {
    return this.nextBlock++;
  }

  /** Walks an element's children, turning inline text into lines and dispatching blocks. */
  container(el: Element, frame: Frame): void {
    const pending: Pending = { cells: [[]] };
    this.inline(el, frame, frame.style, pending);
    this.flush(pending, frame);
  }

  /**
   * One element level deeper. The walk recurses, so past the nesting limit the element's text is kept
   * as plain text instead (a page nested 5,000 deep would overflow the stack); only structure is lost.
   */
  private deeper(el: Element, walk: () => void, flat: (text: string) => void): void {
    if (this.nesting >= DOCUMENT_LIMITS.maxNesting) {
      this.note(TRUNCATION_NOTES.nesting);
      flat(el.textContent ?? '');
      return;
    }
    this.nesting++;
    try {
      walk();
    } finally {
      this.nesting--;
    }
  }

  private inline(el: Element, frame: Frame, style: InlineStyle, pending: Pending): void {
    for (const node of Array.from(el.childNodes)) {
      if (this.full) return this.note(TRUNCATION_NOTES.lines);
      if (node.nodeType === 3) {
        this.text(node.textContent ?? '', frame, style, pending);
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      const tag = tagOf(child);
      if (SKIPPED_TAGS.has(tag) || isHidden(child)) continue;
      if (tag === 'BR') {
        this.flush(pending, frame);
      } else if (isBlock(child) || hasBlockDescendant(child)) {
        this.flush(pending, frame);
        this.block(child, frame);
      } else if (isInlineColumn(child)) {
        this.startCell(pending);
        this.inlineChild(child, frame, style, pending);
        this.startCell(pending);
      } else {
        this.inlineChild(child, frame, style, pending);
      }
    }
  }

  private inlineChild(child: Element, frame: Frame, style: InlineStyle, pending: Pending): void {
    const inner = styleInside(child, style, this.base);
    this.deeper(
      child,
      () => this.inline(child, frame, inner, pending),
      (text) => this.text(text, frame, inner, pending),
    );
  }

  private text(raw: string, frame: Frame, style: InlineStyle, pending: Pending): void {
    const parts = frame.pre ? raw.split('\n') : [raw];
    parts.forEach((part, i) => {
      if (i > 0) this.flush(pending, frame);
      pending.cells[pending.cells.length - 1]!.push({ text: part, ...style });
    });
  }

  private startCell(pending: Pending): void {
    if (pending.cells[pending.cells.length - 1]!.length > 0) pending.cells.push([]);
  }

  private flush(pending: Pending, frame: Frame): void {
    const line = buildLine(
      pending.cells.map((runs) => buildCell(runs)),
      { kind: frame.kind, block: frame.block, depth: frame.depth, headingLevel: frame.headingLevel },
    );
    if (line) this.push(line);
    pending.cells = [[]];
  }

  block(el: Element, outer: Frame): void {
    this.deeper(
      el,
      () => this.blockElement(el, outer),
      (text) => {
        const frame: Frame = { ...outer, kind: 'paragraph', block: this.newBlock(), headingLevel: null };
        const pending: Pending = { cells: [[]] };
        this.text(text, frame, outer.style, pending);
        this.flush(pending, frame);
      },
    );
  }

  /** A block element: headings, lists, tables, definition lists, rows, or a plain container. */
  private blockElement(el: Element, outer: Frame): void {
    const tag = tagOf(el);
    if (SKIPPED_TAGS.has(tag) || isHidden(el) || tag === 'HR') return;
    // Inside a list item, a table row or a definition, nested paragraphs stay in that one block.
    const inherit = outer.kind === 'list-item' || outer.kind === 'table-row' || outer.kind === 'definition';
    const style = styleInside(el, outer.style, this.base);
    if (HEADING_TAGS.has(tag)) {
      const level = Number(tag.slice(1));
      this.container(el, { ...outer, kind: 'heading', headingLevel: level, block: this.newBlock(), style });
    } else if (tag === 'UL' || tag === 'OL') {
      this.list(el, outer);
    } else if (tag === 'LI') {
      this.container(el, { ...outer, kind: 'list-item', block: this.newBlock(), style });
    } else if (tag === 'TABLE') {
      this.table(el, outer);
    } else if (tag === 'TR') {
      this.row(el, outer);
    } else if (tag === 'DL') {
      this.definitions(el, outer);
    } else if (isCellRow(el)) {
      this.cellRow(Array.from(el.children), {
        ...outer,
        kind: inherit ? outer.kind : 'line',
        block: inherit ? outer.block : this.newBlock(),
        style,
      });
    } else {
      const kind: LineKind = inherit ? outer.kind : 'paragraph';
      const block = inherit ? outer.block : this.newBlock();
      this.container(el, {
        ...outer,
        kind,
        block,
        style,
        headingLevel: null,
        pre: outer.pre || tag === 'PRE',
      });
    }
  }

  private list(el: Element, outer: Frame): void {
    const depth = outer.kind === 'list-item' ? outer.depth + 1 : outer.depth;
    for (const child of Array.from(el.children)) {
      if (tagOf(child) === 'LI') {
        if (isHidden(child)) continue;
        const style = styleInside(child, outer.style, this.base);
        this.container(child, {
          ...outer,
          kind: 'list-item',
          depth,
          block: this.newBlock(),
          style,
          headingLevel: null,
        });
      } else {
        this.block(child, outer);
      }
    }
  }

  private table(el: Element, outer: Frame): void {
    for (const child of Array.from(el.children)) {
      const tag = tagOf(child);
      if (tag === 'TR') this.row(child, outer);
      else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') this.table(child, outer);
      else this.block(child, outer);
    }
  }

  /**
   * A table row: one line whose cells are the row's cells. A layout row (a whole page column in a cell,
   * as old table-laid pages have) is walked cell by cell instead.
   */
  private row(el: Element, outer: Frame): void {
    const cells = Array.from(el.children).filter((c) => tagOf(c) === 'TD' || tagOf(c) === 'TH');
    const isLayout = cells.some(
      (c) =>
        c.querySelector('table, h1, h2, h3, h4, ul, ol, dl') !== null || (c.textContent ?? '').length > 1500,
    );
    if (isLayout || cells.length < 2) {
      for (const cell of cells) this.block(cell, { ...outer, kind: 'paragraph' });
      return;
    }
    this.cellRow(cells, { ...outer, kind: 'table-row', block: this.newBlock(), headingLevel: null });
  }

  /** Cells side by side: their first lines join into one line; their further lines follow it. */
  private cellRow(cells: Element[], frame: Frame): void {
    const firsts: Line[] = [];
    const rest: Line[] = [];
    for (const cell of cells) {
      const sub = new LineWalker(this.base);
      sub.nextBlock = this.nextBlock;
      sub.nesting = this.nesting;
      sub.container(cell, { ...frame, style: styleInside(cell, frame.style, this.base) });
      this.nextBlock = Math.max(this.nextBlock, sub.nextBlock);
      for (const note of sub.notes) this.note(note);
      const [first, ...more] = sub.lines;
      if (first) firsts.push(first);
      rest.push(...more);
    }
    const merged = buildLine(
      firsts.flatMap((l) => l.cells),
      { kind: frame.kind, block: frame.block, depth: frame.depth },
    );
    if (merged) this.push(merged);
    for (const line of rest) this.push(line.block === frame.block ? line : { ...line, block: frame.block });
  }

  /** dt starts a block, its dd(s) join it: a date term with its entry, or a label with its text. */
  private definitions(el: Element, outer: Frame): void {
    let block = this.newBlock();
    for (const child of Array.from(el.children)) {
      const tag = tagOf(child);
      if (tag === 'DT') {
        block = this.newBlock();
        this.container(child, { ...outer, kind: 'term', block, headingLevel: null });
      } else if (tag === 'DD') {
        this.container(child, { ...outer, kind: 'definition', block, headingLevel: null });
      } else {
        this.block(child, outer);
      }
    }
  }
}

/** The lines of an element's content, in reading order, within DOCUMENT_LIMITS, and the limits applied. */
export function walkBlocks(root: Element, base: string | null): { lines: Line[]; notes: string[] } {
  const walker = new LineWalker(base);
  walker.container(root, {
    kind: 'paragraph',
    block: walker.newBlock(),
    depth: 0,
    headingLevel: null,
    style: PLAIN_STYLE,
    pre: false,
  });
  return { lines: walker.lines, notes: walker.notes };
}
