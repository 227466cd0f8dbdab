import { describe, expect, it } from 'vitest';
import { browserTrueDocument as domOf } from '../../../utils/acquire/html/from-string';

// browserTrueDocument: parse5's tree construction, built by domTreeAdapter into an empty linkedom document.
describe('domTreeAdapter', () => {
  it('builds the tree parse5 makes, repairs included, in the DOM document', () => {
    const doc = domOf('<title>T</title><p>one<div>two</div><table><tr><td>cell</table><a href=x>link<a>next');
    expect(doc.head.innerHTML).toBe('<title>T</title>');
    // A <div> closes the open <p>; the table gets its <tbody>; a second <a> closes the first.
    expect(doc.body.innerHTML).toBe(
      '<p>one</p><div>two</div><table><tbody><tr><td>cell</td></tr></tbody></table>' +
        '<a href="x">link</a><a>next</a>',
    );
  });

  it('moves and clones nodes as the standard says: foster parenting and misnested formatting', () => {
    // Text inside a table but outside its cells goes before the table, as one text node.
    const fostered = domOf('<table>a<tr>b</tr>c</table>').body;
    expect(Array.from(fostered.childNodes).map((n) => n.nodeName)).toEqual(['#text', 'TABLE']);
    expect(fostered.firstChild!.textContent).toBe('abc');
    // A formatting element left open across blocks is closed and opened again in each.
    expect(domOf('<p><b>bold<p>next</b> after').body.innerHTML).toBe(
      '<p><b>bold</b></p><p><b>next</b> after</p>',
    );
    expect(domOf('<a href=1>one<div>two</a>three</div>').body.innerHTML).toBe(
      '<a href="1">one</a><div><a href="1">two</a>three</div>',
    );
  });

  it('adds a second <body> tag’s new attributes after the first one’s', () => {
    const body = domOf('<body class=a><div>x</div><body id=b class=c>').body;
    expect(Array.from(body.attributes).map((a) => [a.name, a.value])).toEqual([
      ['class', 'a'],
      ['id', 'b'],
    ]);
  });

  it('keeps attributes in their order, with their values decoded', () => {
    const el = domOf('<div id="a" class="b c" data-x="1 &amp; 2" title="&quot;q&quot;">x</div>').body
      .firstElementChild!;
    expect(Array.from(el.attributes).map((a) => [a.name, a.value])).toEqual([
      ['id', 'a'],
      ['class', 'b c'],
      ['data-x', '1 & 2'],
      ['title', '"q"'],
    ]);
    expect(el.classList.contains('c')).toBe(true);
  });

  it('keeps text as one node per run, entities decoded, and comments', () => {
    const p = domOf('<p>a &amp; b&nbsp;c<!-- note --></p>').body.firstElementChild!;
    expect(p.childNodes.length).toBe(2);
    expect(p.firstChild!.textContent).toBe('a & b\u00a0c');
    expect(p.lastChild!.nodeType).toBe(8);
    expect(p.lastChild!.textContent).toBe(' note ');
  });

  it("puts a template's content in it, and SVG in its namespace", () => {
    const doc = domOf('<template><li>item</li></template><svg><circle r="1"></circle></svg>');
    expect(doc.querySelector('template')!.innerHTML).toBe('<li>item</li>');
    expect(doc.querySelector('circle')!.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });

  it('builds a page nested thousands deep without overflowing the stack', () => {
    const depth = 5000;
    const doc = domOf(`${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`);
    let el: Element = doc.body;
    let levels = 0;
    while (el.firstElementChild) {
      el = el.firstElementChild;
      levels++;
    }
    expect(levels).toBe(depth);
    expect(el.textContent).toBe('deep');
  });
});
