import { candidateWords, NO_CONTEXT } from '../../utils/publications/sequence/features';
import { readByRules } from '../../utils/publications/parse-publication';
import type { Label } from '../../utils/publications/sequence/labels';
import { tokenize } from '../../utils/publications/sequence/tokenize';
import type { TrainingExample } from '../../utils/publications/sequence/train';
import type { TaggedField } from '../eval/anystyle-xml';

/** AnyStyle's tags as the model's labels: venues are one label, identifiers another, notes a third. */
const TAG_LABEL: Record<string, Label> = {
  author: 'author',
  editor: 'editor',
  title: 'title',
  journal: 'container',
  'container-title': 'container',
  booktitle: 'container',
  publisher: 'publisher',
  location: 'location',
  volume: 'volume',
  pages: 'pages',
  date: 'date',
  url: 'identifier',
  doi: 'identifier',
  isbn: 'identifier',
  note: 'note',
  genre: 'note',
  medium: 'note',
  source: 'note',
};

/** The tagged string as the parser sees it: the fields' text joined by spaces, as the evaluation does. */
export function rawOf(fields: TaggedField[]): string {
  return fields.map((f) => f.text).join(' ');
}

/**
 * AnyStyle tags volume and issue together ("24(5)", "Vol. 3, No. 2"): inside a volume field, the
 * words after "no."/"issue" and a number alone in parentheses are the issue.
 */
function volumeLabels(words: string[]): Label[] {
  let issue = false;
  return words.map((w) => {
    if (/^(?:no|nr|n°|issue|iss|heft)\.?$/i.test(w)) issue = true;
    return issue || /^\(\d+(?:[-–/]\d+)?\)[,.:;]*$/.test(w) ? 'issue' : 'volume';
  });
}

/**
 * One training example per tagged string. Every other example names one of its authors as the
 * candidate (deterministically), so the model learns what the candidate feature means without
 * depending on it: most strings it reads have no candidate known.
 */
export function exampleOf(fields: TaggedField[], index: number): TrainingExample {
  const raw = rawOf(fields);
  // The label of every character of the raw string (separating spaces take the next field's).
  const charLabels: Label[] = [];
  for (const f of fields) {
    const words = f.text.split(/\s+/).filter(Boolean);
    const labels = f.tag === 'volume' ? volumeLabels(words) : words.map(() => TAG_LABEL[f.tag] ?? 'other');
    words.forEach((w, k) => charLabels.push(...Array<Label>(w.length + 1).fill(labels[k]!)));
  }
  // The model reads the text the rules leave (markers and identifiers blanked, offsets kept), with
  // the rules' reading as features, exactly as parsePublication will run it.
  const reading = readByRules({ raw, runs: [], sectionHint: null }, []);
  const aligned = reading.text.length === raw.length;
  const tokens = tokenize(aligned ? reading.text : raw);
  const labels = tokens.map((t) => charLabels[t.start]!);
  const family = tokens.filter(
    (t, k) => labels[k] === 'author' && /^\p{Lu}[\p{Ll}'’-]{2,}[,.]*$/u.test(t.text),
  );
  const chosen = index % 2 === 0 && family.length > 0 ? family[(index >> 1) % family.length]! : null;
  return {
    tokens,
    labels,
    context: {
      candidateWords: chosen ? candidateWords([chosen.text.replace(/[,.]+$/, '')]) : new Set(),
      rules: aligned ? reading.spans : [],
      style: NO_CONTEXT.style,
    },
  };
}
