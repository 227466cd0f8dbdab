import { parseHTML } from 'linkedom';
import type { Run } from '../../utils/document/types';
import type { PublicationInput } from '../../utils/publications';
import { readFixture, type SeedId } from './fixtures';

interface Style {
  bold: boolean;
  italic: boolean;
  href: string | null;
}

/** Text runs of an element, styled by the <b>/<strong>/<em>/<i>/<a> around each text node. */
export function runsOf(node: Node, style: Style = { bold: false, italic: false, href: null }): Run[] {
  if (node.nodeType === 3) {
    const text = node.textContent ?? '';
    return text ? [{ text, ...style }] : [];
  }
  if (node.nodeType !== 1) return [];
  const el = node as Element;
  const tag = el.tagName.toLowerCase();
  const next: Style = {
    bold: style.bold || tag === 'b' || tag === 'strong',
    italic: style.italic || tag === 'em' || tag === 'i',
    href: tag === 'a' ? el.getAttribute('href') : style.href,
  };
  return [...el.childNodes].flatMap((child) => runsOf(child as Node, next));
}

/**
 * The publication entries of a fixture page: each <li> under the publications heading, with
 * the nearest preceding h3/h4 as its section hint.
 */
export function publicationInputs(seed: SeedId): PublicationInput[] {
  const { document } = parseHTML(readFixture(`seeds/html/${seed}.html`));
  const inputs: PublicationInput[] = [];
  let inPublications = false;
  let hint: string | null = null;
  for (const el of [...document.querySelectorAll('h2, h3, h4, li')]) {
    const tag = el.tagName.toLowerCase();
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (tag === 'h2' || tag === 'h3') {
      inPublications = /publications|preprints|papers/i.test(text);
      hint = text;
      continue;
    }
    if (tag === 'h4') {
      if (inPublications) hint = text;
      continue;
    }
    if (inPublications) inputs.push({ raw: text, runs: runsOf(el), sectionHint: hint });
  }
  return inputs;
}

/** The visible text of a fixture page, for evidence sentences. */
export function pageText(seed: SeedId): string {
  const { document } = parseHTML(readFixture(`seeds/html/${seed}.html`));
  const blocks = [...document.querySelectorAll('h1, h2, h3, h4, p, li, td')].map((e) =>
    (e.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
  return blocks.join('\n');
}
