import { foldChar } from './text-match';

/** Elements whose text is not the page's visible prose, and CV Lens's own badge hosts. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'svg',
  'SVG',
  'CVLENS-BADGE',
]);

/** The page's text folded as text-match folds it, with the Text node each folded character came from. */
export interface PageText {
  text: string;
  owners: Text[];
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function readPageText(root: Node): PageText {
  let text = '';
  const owners: Text[] = [];
  // Iterative walk: deep pages must not overflow the stack.
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop() as Node;
    if (node.nodeType === TEXT_NODE) {
      for (const ch of (node as Text).data) {
        const folded = foldChar(ch);
        for (const part of folded) {
          text += part;
          owners.push(node as Text);
        }
      }
      continue;
    }
    if (node.nodeType === ELEMENT_NODE && SKIPPED.has((node as Element).tagName.toUpperCase())) continue;
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as Node);
  }
  return { text, owners };
}

/** Inline formatting inside an entry: a badge beside a <b> author list would sit mid-entry. */
const INLINE = new Set([
  'B',
  'STRONG',
  'I',
  'EM',
  'U',
  'SUP',
  'SUB',
  'SMALL',
  'MARK',
  'CITE',
  'A',
  'FONT',
  'CODE',
  'Q',
  'ABBR',
]);
/**
 * A match whose smallest container is a list or table spans several entries: no badge rather
 * than a wrong one (and a host among <li>s or <td>s would break the page's structure).
 */
const TOO_WIDE = new Set(['HTML', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'SELECT']);

/** The smallest element holding both ends of a match, lifted out of inline formatting. */
export function containerOf(first: Node, last: Node): Element | null {
  const ancestors = new Set<Node>();
  for (let node: Node | null = first; node; node = node.parentNode) ancestors.add(node);
  let common: Node | null = last;
  while (common && !ancestors.has(common)) common = common.parentNode;
  let element: Element | null =
    common && common.nodeType === ELEMENT_NODE ? (common as Element) : (common?.parentElement ?? null);
  while (element && INLINE.has(element.tagName.toUpperCase()) && element.parentElement)
    element = element.parentElement;
  if (!element || TOO_WIDE.has(element.tagName.toUpperCase())) return null;
  return element;
}

/** The node a badge goes after when several entries share one container: the entry's last inline run. */
export function entryEnd(last: Node, container: Element): Node {
  let node = last;
  while (node.parentNode && node.parentNode !== container) node = node.parentNode;
  return node;
}
