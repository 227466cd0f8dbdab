import { parseAuthorList } from './author-list';
import { dropVenueTail } from './venue-tail';
/** Words that mark a text as the name of a journal, conference or collection. */
export const VENUE_WORDS =
  /\b(?:journal|proceedings|proc\.|conference|conf\.|symposium|symp\.|workshop|transactions|trans\.|review|revue|rev\.|letters|lett\.|bulletin|bull\.|annals|ann\.|magazine|quarterly|gazette|zeitschrift|rivista|revista|cahiers|archives?|acta|studies in|series|meeting|congress|colloquium|forum|advances in|reports?|research|science|sciences|communications|frontiers|nature|physical|physics|chemistry|mathematics|mathematical|statistics|engineering|medicine|medical|computing|computer|economics|economic|psychology|society|association|institute|annual|international|national|jahrbuch|anais|actas|atti)\b/i;

/** Publisher or place: "London: Penguin", "John Wiley & Sons", "Oxford University Press". */
export const PUBLISHER =
  /\b(?:press|publishers?|publishing|publications|verlag|editions?|éditions|editora|editorial|edizioni|books|wiley|springer(?:-verlag)?|elsevier|routledge|macmillan|penguin|sons|ltd|inc|co\.|gmbh|seuil|gallimard|mit press|cambridge university|oxford university|harper|norton|random house|academic press|mcgraw-hill|addison-wesley|prentice[- ]hall|north-holland|sage|blackwell|taylor & francis|de gruyter|brill|kluwer|birkhäuser|pearson|dover|basic books|vintage|knopf|scribner|longman)\b/i;

export const PLACE_PUBLISHER = /^[\p{Lu}][\p{L}. ,/'-]{1,40}(?:,\s*[\p{Lu}]{2})?\s?:\s*[\p{Lu}\p{N}]/u;

/** Where a venue name stops: volume, issue, pages, a year before numbers, a publisher. */
const VENUE_END =
  /(?:,?\s*\(?\b(?:vol|vols|volume|bd|tome|t|no|nos|num|nr|issue|pp|p|pages|s|art|article|chap|ch|suppl|sect|série|ser)\b\.?\s*[\divxlcIVXLC]|,?\s*\b\d+\s*\(\s*[\d\-–/ ]+\s*\)|,\s*\d|:\s*\d|\s+\d+\s*[,:]\s*\d|\s+(?:1[5-9]|20)\d\d[a-z]?\s*(?:[,;:.]\s*\d|,?\s*\(|[,.]\s*[\p{Lu}])|\s+\d{1,4}\s*$|,?\s*\b(?:doi|issn|isbn)\b|,\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*)\d)/iu;

const LEAD =
  /^(?:in\s*:\s*|in\s+(?=\S)|dans\s+|accepted\s+(?:at|to|in|for publication in|by)\s+|to appear\s+(?:at|in)\s+|published\s+(?:at|in)\s+|presented\s+at\s+(?:the\s+)?|submitted\s+to\s+|under review\s+(?:at|in)\s+|in press\s+(?:at|in)\s*|forthcoming\s+(?:at|in)\s+)/i;

/** Editors before the collection title: "In O. C. A. and D. Card (Ed.), Handbook …". */
const EDITORS =
  /^(?:in\s+)?(?:[^,()]{2,120}?)\s*\(\s*(?:eds?|hrsg|dir|coord|a cura di|éds?|comp|ed\. by|edited by)\.?\s*\)\s*[,.:]?\s*|^(?:ed\.|eds\.|edited by)\s+[^,]{2,80},\s*/i;

/** The first venue end that is not inside parentheses: "(TMLR, 2023)" is part of the name. */
function firstOutsideParens(v: string): number {
  const re = new RegExp(VENUE_END.source, 'giu');
  for (const m of v.matchAll(re)) {
    const before = v.slice(0, m.index);
    const depth = (before.match(/\(/g)?.length ?? 0) - (before.match(/\)/g)?.length ?? 0);
    if (depth <= 0) return m.index;
  }
  return -1;
}

/**
 * Editors named before the collection title in "In A. Editor and B. Editor, editors, Title" or
 * "In Dale, R.; and Zock, M., eds., Title": the names must read as an author list.
 */
function stripEditorsBefore(v: string): string {
  const m = /^(.{2,200}?),?\s+\(?(?:eds?|editors?|hrsg|hg)\.?\)?\s*[,.:]\s*(?=\S)/i.exec(v);
  if (!m) return v;
  const list = parseAuthorList(m[1]!);
  if (!list || m[1]!.slice(list.end).replace(/[\s,;.]|et\s+al/g, '').length > 0) return v;
  return v.slice(m[0].length);
}

/** Cuts a venue text down to the venue's name. */
export function cleanVenue(text: string): string {
  let v = text.trim().replace(/^[,.;:\s]+/, '');
  for (let k = 0; k < 3; k++) {
    const before = v;
    v = stripEditorsBefore(v.replace(LEAD, '').replace(EDITORS, ''));
    if (v === before) break;
  }
  const end = firstOutsideParens(v);
  if (end > 0) v = v.slice(0, end);
  // Trailing city or publisher after the last comma of a proceedings title: "…Conference, Zurich".
  v = v.replace(/,\s*(?:19|20)\d\d\s*$/, '');
  // "Proteins 2010" loses its year; "NeurIPS 2021" keeps it, the year being part of the edition's name.
  v = v.replace(/((?:^|\s)\p{Lu}?[\p{Ll}.]+)\s+(?:1[5-9]|20)\d\d\s*$/u, '$1');
  v = v.replace(/\s*\((?:[^()]*\d[^()]*)?$/, '');
  return dropVenueTail(v)
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:.(]+$/, '')
    .replace(/^[\s,;:.]+/, '')
    .trim();
}
