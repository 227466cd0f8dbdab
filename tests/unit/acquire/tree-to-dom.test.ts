import { describe, expect, it } from 'vitest';
import { browserTrueDocument as domOf } from '../../../utils/acquire/html/from-string';

// browserTrueDocument: parse5's tree, copied by treeToDom into an empty linkedom document.
describe('treeToDom', () => {
  it('copies the tree parse5 builds, repairs included, into the DOM document', () => {
    const doc = domOf('<title>T</title><p>one<div>two</div><table><tr><td>cell</table><a href=x>link<a>next');
    expect(doc.head.innerHTML).toBe('<title>T</title>');
    // A <div> closes the open <p>; the table gets its <tbody>; a second <a> closes the first.
    expect(doc.body.innerHTML).toBe(
      '<p>one</p><div>two</div><table><tbody><tr><td>cell</td></tr></tbody></table>' +
        '<a href="x">link</a><a>next</a>',
    );
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

  it('copies a page nested thousands deep without overflowing the stack', () => {
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
