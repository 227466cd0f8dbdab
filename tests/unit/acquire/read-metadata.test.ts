import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageMarks } from '../../../utils/acquire/html/page-marks';
import { readMetadata } from '../../../utils/acquire/html/read-metadata';

const read = (html: string) => readMetadata(pageMarks(parseHTML(html).document as unknown as Document));

describe('readMetadata', () => {
  it('reads the title and the first meta tag of each kind, whitespace collapsed', () => {
    const meta = read(`<html><head><title> Ada  Example | CV </title>
      <meta name="author" content="  Ada
        Example ">
      <meta name="author" content="Someone Else">
      <meta property="og:title" content="Ada Example">
      <meta name="og:description" content="not a property">
      <meta property="og:description" content="Professor of Examples">
      </head><body><p>text</p></body></html>`);
    expect(meta.title).toBe('Ada Example | CV');
    expect(meta.author).toBe('Ada Example');
    expect(meta.ogTitle).toBe('Ada Example');
    expect(meta.description).toBe('Professor of Examples');
  });

  it('prefers the description to og:description, reads meta tags in the body, and matches names exactly', () => {
    const meta = read(`<html><head><meta name="Author" content="Wrong Case">
      <meta property="og:description" content="From og"></head>
      <body><meta name="description" content="From the body"><meta name="author" content=""></body></html>`);
    expect(meta.description).toBe('From the body');
    // "Author" is not "author", and an empty content says nothing.
    expect(meta.author).toBeNull();
  });

  it('falls back to a JSON-LD person for the author, and gives nulls on a bare page', () => {
    const meta = read(`<html><head><script type="application/ld+json">
      {"@type": "Person", "name": "Bo Sample"}</script></head><body></body></html>`);
    expect(meta.author).toBe('Bo Sample');
    expect(read('<p>nothing</p>')).toMatchObject({
      title: null,
      author: null,
      ogTitle: null,
      description: null,
    });
  });
});
