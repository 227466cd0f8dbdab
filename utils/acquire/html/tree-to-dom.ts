import type { DefaultTreeAdapterMap } from 'parse5';

type TreeNode = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

function childrenOf(node: TreeNode): TreeNode[] {
  if (node.nodeName === 'template' && 'content' in node) return node.content.childNodes;
  return 'childNodes' in node ? (node as ParentNode).childNodes : [];
}

/**
 * parse5's tree rebuilt, node for node, in `document` (an empty DOM document: linkedom's, in Node):
 * elements with their attributes in order, text and comments. A template's content becomes its
 * children, where linkedom's own parser puts it. The document type is left out: nothing reads it.
 * Iterative, as pages nest thousands deep.
 */
export function treeToDom(root: TreeNode, document: Document): void {
  // Each entry: a node of parse5's tree and the DOM node it goes into.
  const stack: [TreeNode, Node][] = childrenOf(root)
    .map((child): [TreeNode, Node] => [child, document])
    .reverse();
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    if (node.nodeName === '#text' && 'value' in node) {
      parent.appendChild(document.createTextNode(node.value));
    } else if (node.nodeName === '#comment' && 'data' in node) {
      parent.appendChild(document.createComment(node.data));
    } else if ('tagName' in node) {
      const element =
        node.namespaceURI === SVG_NAMESPACE
          ? document.createElementNS(SVG_NAMESPACE, node.tagName)
          : document.createElement(node.tagName);
      // linkedom puts each attribute set first, so they are set last to first to keep their order.
      for (let i = node.attrs.length - 1; i >= 0; i--)
        element.setAttribute(node.attrs[i]!.name, node.attrs[i]!.value);
      parent.appendChild(element);
      const children = childrenOf(node);
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, element]);
    }
  }
}
