import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
]);
/** Elements whose text is not escaped, as the HTML serialisation algorithm says. */
const RAW_TEXT = new Set([
  'style',
  'script',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
  'noscript',
]);

const escapeText = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/\u00a0/g, '&nbsp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
const escapeAttribute = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/\u00a0/g, '&nbsp;')
    .replace(/"/g, '&quot;');

function childrenOf(node: Node): Node[] {
  if (node.nodeName === 'template' && 'content' in node) return node.content.childNodes;
  return 'childNodes' in node ? (node as ParentNode).childNodes : [];
}

/**
 * parse5's tree as HTML markup. parse5's own serialiser recurses once per level and overflows the
 * stack on pages nested thousands deep; this one keeps its own stack.
 */
export function serializeTree(root: Node): string {
  const out: string[] = [];
  // Each entry is a node to open, or the closing tag to write once its children are done.
  const stack: (Node | string)[] = [...childrenOf(root)].reverse();
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    if (item.nodeName === '#text' && 'value' in item) {
      const parent = item.parentNode && 'tagName' in item.parentNode ? item.parentNode.tagName : '';
      out.push(RAW_TEXT.has(parent) ? item.value : escapeText(item.value));
    } else if (item.nodeName === '#comment' && 'data' in item) {
      out.push(`<!--${item.data}-->`);
    } else if (item.nodeName === '#documentType' && 'name' in item) {
      out.push(`<!DOCTYPE ${item.name}>`);
    } else if ('tagName' in item) {
      const attrs = item.attrs.map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('');
      out.push(`<${item.tagName}${attrs}>`);
      if (VOID.has(item.tagName)) continue;
      stack.push(`</${item.tagName}>`);
      const children = childrenOf(item);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return out.join('');
}
