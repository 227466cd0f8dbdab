import { keptLink } from '../document/safe-href';
import { blank, type StyledText } from './styled-text';

export interface Identifiers {
  doi: string | null;
  arxiv: string | null;
  links: string[];
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const DOI = /\b(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/[^\s"<>]+)/gi;
const ARXIV =
  /\b(?:arxiv(?:\s+preprint)?\s*:?\s*(?:abs\/)?|arxiv\.org\/(?:abs|pdf)\/)(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})/gi;
const LINK_LABEL = String.raw`\b(?:link|pdf|code|slides|poster|video|bibtex|url|html|abstract|project page)`;
/**
 * Phrases that only introduce a link or say where a file is. A link label ("pdf | code", "• Video")
 * stands alone: after a mark (a separator, a bracket, a dash) or another label, never right after a
 * word of the title ("Audio and Video, Computer Communications"). The lookahead before the
 * lookbehind says only what the label after it needs, so the same text matches; it spares the
 * backward look at every position of the entry that starts no label (half the search's time).
 */
const LINK_WORDS = new RegExp(
  String.raw`(?:\b(?:retrieved|accessed|available|downloaded)\b[^.]*?\b(?:from|at|on)\b:?|(?=\[?${LINK_LABEL})(?<=(?:^|[^\p{L}\p{N}\s]|${LINK_LABEL})\s*)\[?${LINK_LABEL}\]?)(?=\s*(?:[|·,.;]|$))`,
  'giu',
);

function trimId(id: string): string {
  return id.replace(/[.,;:)\]]+$/, '');
}

/** Finds DOI, arXiv id and links, and blanks them so they never end up in a title or venue. */
export function extractIdentifiers(st: StyledText, hrefs: string[]): Identifiers {
  let doi: string | null = null;
  let arxiv: string | null = null;
  const links: string[] = [];
  for (const m of st.text.matchAll(DOI)) {
    doi ??= trimId(m[1]!);
    blank(st, m.index, m.index + m[0].length);
  }
  for (const m of st.text.matchAll(ARXIV)) {
    arxiv ??= trimId(m[1]!);
    // Keep the word "arXiv" itself: it names where the preprint is.
    const word = /^arxiv/i.test(m[0]) ? 5 : 0;
    blank(st, m.index + word, m.index + m[0].length);
  }
  for (const m of st.text.matchAll(URL)) {
    const link = keptLink(trimId(m[0]));
    if (link) links.push(link);
    blank(st, m.index, m.index + m[0].length);
  }
  for (const m of st.text.matchAll(LINK_WORDS)) blank(st, m.index, m.index + m[0].length);
  for (const found of hrefs) {
    // A doi: link is the DOI's web address; every other link follows the one rule of keptLink.
    const href = keptLink(found.replace(/^doi:\s*/i, 'https://doi.org/'));
    if (!href || /^mailto:/i.test(href) || links.includes(href)) continue;
    links.push(href);
    const inHref = /doi\.org\/(10\.\d{4,9}\/\S+)/i.exec(href);
    if (inHref) doi ??= decodeURIComponent(inHref[1]!);
    const ax = /arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/i.exec(href);
    if (ax) arxiv ??= ax[1]!;
  }
  return { doi, arxiv, links };
}

/** Bullets, numbering ("[12]", "12.", "(3)"), symbols and LaTeX commands before the entry. */
const LEADING_MARKER =
  /^\s*(?:\\[a-zA-Z]+|\[\s*[A-Za-z]?\d{1,4}[a-z]?\s*\]|\(\d{1,3}\)|[A-Z]?\d{1,3}[.)](?=\s)|[^\p{L}\p{N}\s"“‘«([$—-]+|[-–](?=\s))\s*/u;

/** Where an entry's text starts after its bullets and numbering ("• ", "36. "): 0 with none. */
export function leadingMarkersEnd(text: string): number {
  let end = 0;
  for (let guard = 0; guard < 6; guard++) {
    const m = LEADING_MARKER.exec(text.slice(end));
    if (!m || m[0].trim() === '') break;
    end += m[0].length;
  }
  return end;
}

export function stripLeadingMarkers(st: StyledText): void {
  const end = leadingMarkersEnd(st.text);
  if (end > 0) blank(st, 0, end);
}

const NOTE_WORDS =
  /^(?:(?:long |short )?oral|spotlight|(?:best|outstanding)(?: student)? paper(?: award| honou?rable mention| runner[- ]up)?|honou?rable mention|poster|invited(?: paper| talk)?|contributed talk|featured|highlight|selected for [^,)]+)(?: presentation| paper| talk| award)?$/i;

/**
 * Notes such as "(Spotlight)" or "(ICML 2022, Spotlight presentation)": recorded, then removed
 * so the venue reads "ICML 2022". Equal-contribution asides are removed too, and remembered.
 */
export function extractNotes(st: StyledText): { notes: string[]; equalContribution: boolean } {
  const notes: string[] = [];
  let equalContribution = false;
  for (const m of st.text.matchAll(/\(([^()]*)\)/g)) {
    const inner = m[1]!;
    if (/equal(?:ly)? contribut|contributed equally|alphabetical/i.test(inner)) {
      if (/equal/i.test(inner)) equalContribution = true;
      blank(st, m.index, m.index + m[0].length);
      continue;
    }
    const parts = inner.split(/\s*[,;]\s*/);
    const kept = parts.filter((p) => !NOTE_WORDS.test(p.trim()));
    if (kept.length === parts.length) continue;
    for (const p of parts)
      if (NOTE_WORDS.test(p.trim())) notes.push(p.trim().replace(/\s+presentation$/i, ''));
    if (kept.length === 0) {
      blank(st, m.index, m.index + m[0].length);
    } else {
      const replacement = `(${kept.join(', ')})`.padEnd(m[0].length, ' ');
      st.text = st.text.slice(0, m.index) + replacement + st.text.slice(m.index + m[0].length);
    }
  }
  // A sentence on its own: "... ICML 2021. Oral presentation."
  for (const m of st.text.matchAll(/(?<=[.,]\s)([A-Z][a-z]+(?: [a-z]+){0,3})(?=\.?\s*$|\.\s)/g)) {
    if (NOTE_WORDS.test(m[1]!)) {
      notes.push(m[1]!.replace(/\s+presentation$/i, ''));
      blank(st, m.index, m.index + m[0].length);
    }
  }
  if (/equal(?:ly)? contribut|contributed equally/i.test(st.text)) equalContribution = true;
  // "on behalf of <group>" follows the last author and names no person.
  for (const m of st.text.matchAll(
    /\s(?:on behalf of|for the)\s[^.,(]*?(?:group|consortium|collaboration|team|initiative|investigators)\b/gi,
  )) {
    blank(st, m.index, m.index + m[0].length);
  }
  return { notes, equalContribution };
}

/**
 * A space typed before a comma or period ("Bao Q *, Zhao Y*" once its marks are gone, "Ko MS ,Yang
 * SJ", "Ophthalmol . 2012") moves after it, so names and sentences split as usual. Same length: the
 * style flags stay aligned.
 */
export function tidySpacing(st: StyledText): void {
  st.text = st.text.replace(
    /(?<=[\p{L}\p{N})\]]) +([,;.])(?!\.)|(?<=\.) +([,;])/gu,
    (whole, mark?: string, afterDot?: string) => (mark ?? afterDot ?? '') + ' '.repeat(whole.length - 1),
  );
}
