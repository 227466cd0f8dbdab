/** A tagged field of one reference: the tag name and its text, entities decoded. */
export interface TaggedField {
  tag: string;
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X'))
      return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * Reads the AnyStyle training file: <dataset><sequence><tag>text</tag>…</sequence>…</dataset>.
 * The file is well-formed and flat, so a small pattern reader is enough (no XML dependency).
 */
export function readSequences(xml: string): TaggedField[][] {
  const sequences: TaggedField[][] = [];
  for (const seq of xml.matchAll(/<sequence>([\s\S]*?)<\/sequence>/g)) {
    const fields: TaggedField[] = [];
    for (const f of seq[1]!.matchAll(/<([a-z-]+)>([\s\S]*?)<\/\1>/g)) {
      fields.push({ tag: f[1]!, text: decode(f[2]!).replace(/\s+/g, ' ').trim() });
    }
    sequences.push(fields);
  }
  return sequences;
}
