import type { CvDocument } from '../document/types';

// Both patterns start only where a word starts: otherwise a long run of word characters with no
// address in it is rescanned from every position inside it, which is quadratic (a 100 KB word took a minute).
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi;
/** "name [at] domain [dot] edu", "name (at) domain.edu", "name at domain dot edu", "name AT domain DOT edu". */
const OBFUSCATED =
  /(?<![\w.+-])([\w.+-]+)\s*(?:\[\s*at\s*\]|\(\s*at\s*\)|\{\s*at\s*\}|<\s*at\s*>|\s+at\s+|\s+AT\s+|\s*@\s+|\s+@\s*)\s*([\w-]+(?:\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\{\s*dot\s*\}|\s+dot\s+|\s+DOT\s+|\.)\s*[\w-]+)+)/g;

function deobfuscate(text: string): string[] {
  const out: string[] = [];
  OBFUSCATED.lastIndex = 0;
  for (let m = OBFUSCATED.exec(text); m; m = OBFUSCATED.exec(text)) {
    const domain = m[2]!.replace(
      /\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\{\s*dot\s*\}|\s+dot\s+|\s+DOT\s+|\.)\s*/g,
      '.',
    );
    const plainAt = /^\s+at\s+$/i.test(
      text.slice(m.index + m[1]!.length, m.index + m[0].length - m[2]!.length),
    );
    // "at" in plain words is only an address when the domain was written with "dot" or ends in a TLD.
    if (plainAt && !/dot/i.test(m[2]!)) continue;
    if (/\.[a-z]{2,}$/i.test(domain)) out.push(`${m[1]}@${domain}`);
  }
  return out;
}

/** The addresses written in a line of text, plain ones and obfuscated ones ("name [at] uni [dot] edu"). */
export function emailsInText(text: string): string[] {
  return [...(text.match(EMAIL) ?? []), ...deobfuscate(text)];
}

/**
 * The person's email addresses: mailto links, addresses in the text (also obfuscated ones), and
 * JSON-LD. Lines of a references section are skipped, since they hold the referees' addresses.
 */
export function findEmails(doc: CvDocument, skipLines: Set<number>): string[] {
  const found: string[] = [];
  for (const link of doc.links) if (/^mailto:/i.test(link)) found.push(decodeURIComponent(link.slice(7)));
  doc.lines.forEach((line, i) => {
    if (skipLines.has(i)) return;
    found.push(...emailsInText(line.text));
  });
  for (const person of doc.meta.persons) if (person.email) found.push(person.email);
  const seen = new Set<string>();
  return found
    .map((e) =>
      e
        .trim()
        .replace(/[.,;]+$/, '')
        .toLowerCase(),
    )
    .filter((e) => /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(e) && !seen.has(e) && seen.add(e));
}
