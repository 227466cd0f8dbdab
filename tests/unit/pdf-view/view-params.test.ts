import { describe, expect, it } from 'vitest';
import { fileNameOf, parseViewParams, viewPath } from '../../../components/pdf-view/logic/view-params';

describe('view params', () => {
  it('round-trips the tab and the PDF address', () => {
    const url = 'http://127.0.0.1:4000/pdf/elesedy.pdf?x=1&y=2';
    const path = viewPath(12, url);
    expect(parseViewParams(path.slice(path.indexOf('?')))).toEqual({ tabId: 12, url });
  });

  it('refuses a missing tab or an address that is not http(s) or file', () => {
    expect(parseViewParams('?url=http%3A%2F%2Fa%2Fb.pdf')).toBeNull();
    expect(parseViewParams('?tab=1&url=javascript%3Aalert(1)')).toBeNull();
    expect(parseViewParams('?tab=-1&url=http%3A%2F%2Fa%2Fb.pdf')).toBeNull();
  });

  it('names the file from the address', () => {
    expect(fileNameOf('http://h/cv/My%20CV.pdf?dl=1')).toBe('My CV.pdf');
    expect(fileNameOf('file:///home/a/elesedy.pdf')).toBe('elesedy.pdf');
    expect(fileNameOf('http://h/')).toBe('http://h/');
  });
});
