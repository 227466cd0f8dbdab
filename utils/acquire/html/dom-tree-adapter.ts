import { html, type Token, type TreeAdapter, type TreeAdapterTypeMap } from 'parse5';

type DomTypes = TreeAdapterTypeMap<
  Node,
  ParentNode & Node,
  ChildNode,
  Document,
  DocumentFragment,
  Element,
  Comment,
  Text,
  Element,
  never
>;

/** DOM node types (Node.ELEMENT_NODE …): Node is no global in Node.js. */
const ELEMENT = 1;
const TEXT = 3;
const COMMENT = 8;
const DOCUMENT_TYPE = 10;

/** An element's attributes, last to first: the DOM (linkedom) puts each attribute set first. */
function setAttributes(element: Element, attrs: readonly Token.Attribute[]): void {
  for (let i = attrs.length - 1; i >= 0; i--) element.setAttribute(attrs[i]!.name, attrs[i]!.value);
}

/** An element's attributes as parse5 lists them, in their order. */
function attributesOf(element: Element): Token.Attribute[] {
  return Array.from(element.attributes, (a) => ({ name: a.name, value: a.value }));
}

/**
 * A parse5 tree adapter that builds the page straight into `document`, an empty DOM document
 * (linkedom's, in Node), as parse5's standard tree construction runs: no tree of parse5's own is
 * built and then copied. The tree is the one parse5's default tree would give once copied node
 * for node: elements with their attributes in order (SVG in its namespace, the rest created as
 * HTML elements), text and comments; a template's content becomes its children, where linkedom's
 * own parser puts it; the document type is left out, as nothing reads it.
 */
export function domTreeAdapter(document: Document): TreeAdapter<DomTypes> {
  // parse5 asks an element's namespace on every scope check, down the whole stack of open elements,
  // so it is the DOM's own property; only MathML elements, created as HTML ones, are kept apart.
  const mathElements = new Set<Element>();
  let mode: html.DOCUMENT_MODE = html.DOCUMENT_MODE.NO_QUIRKS;
  const fail = (what: string): never => {
    throw new Error(`domTreeAdapter: parse5 asked for ${what}, which a document parse never does`);
  };
  return {
    createDocument: () => document,
    createDocumentFragment: () => document.createDocumentFragment(),
    createElement(tagName, namespaceURI, attrs) {
      const element =
        namespaceURI === html.NS.SVG
          ? document.createElementNS(html.NS.SVG, tagName)
          : document.createElement(tagName);
      setAttributes(element, attrs);
      if (namespaceURI === html.NS.MATHML) mathElements.add(element);
      return element;
    },
    createCommentNode: (data) => document.createComment(data),
    createTextNode: (value) => document.createTextNode(value),
    appendChild: (parent, node) => void parent.appendChild(node),
    insertBefore: (parent, node, reference) => void parent.insertBefore(node, reference),
    // The template's content is the template itself: its children are its content's.
    setTemplateContent: () => undefined,
    getTemplateContent: (template) => template as unknown as DocumentFragment,
    setDocumentType: () => undefined,
    setDocumentMode: (_document, documentMode) => void (mode = documentMode),
    getDocumentMode: () => mode,
    detachNode: (node) => void node.parentNode?.removeChild(node),
    insertText(parent, text) {
      const last = parent.lastChild;
      if (last?.nodeType === TEXT) (last as Text).data += text;
      else parent.appendChild(document.createTextNode(text));
    },
    insertTextBefore(parent, text, reference) {
      const previous = reference.previousSibling;
      if (previous?.nodeType === TEXT) (previous as Text).data += text;
      else parent.insertBefore(document.createTextNode(text), reference);
    },
    // A second <html> or <body> tag: its attributes the element lacks are added after its own.
    adoptAttributes(recipient, attrs) {
      const own = attributesOf(recipient);
      const names = new Set(own.map((a) => a.name));
      const added = attrs.filter((a) => !names.has(a.name));
      if (added.length === 0) return;
      for (const { name } of own) recipient.removeAttribute(name);
      setAttributes(recipient, [...own, ...added]);
    },
    getFirstChild: (node) => node.firstChild,
    getChildNodes: () => fail('a node’s children'),
    getParentNode: (node) => node.parentNode,
    getAttrList: attributesOf,
    getTagName: (element) => element.localName,
    getNamespaceURI: (element) =>
      mathElements.size > 0 && mathElements.has(element) ? html.NS.MATHML : (element.namespaceURI as html.NS),
    getTextNodeContent: (text) => text.data,
    getCommentNodeContent: (comment) => comment.data,
    getDocumentTypeNodeName: () => fail('a document type'),
    getDocumentTypeNodePublicId: () => fail('a document type'),
    getDocumentTypeNodeSystemId: () => fail('a document type'),
    isTextNode: (node): node is Text => node.nodeType === TEXT,
    isCommentNode: (node): node is Comment => node.nodeType === COMMENT,
    isDocumentTypeNode: (node): node is never => node.nodeType === DOCUMENT_TYPE,
    isElementNode: (node): node is Element => node.nodeType === ELEMENT,
    setNodeSourceCodeLocation: () => undefined,
    getNodeSourceCodeLocation: () => undefined,
    updateNodeSourceCodeLocation: () => undefined,
  };
}
