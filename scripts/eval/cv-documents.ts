import fs from 'node:fs';
import path from 'node:path';

/** One document of an eval corpus with its truth file. */
export interface EvalDocument {
  id: string;
  file: string;
  truthFile: string;
}

/**
 * The documents of a corpus folder laid out like tests/fixtures/seeds: html/<id>.html, pdf/<id>.pdf or
 * text/<id>.txt beside truth/<id>.json (one truth for every form of a CV). A document without truth
 * is skipped. PDFs and texts are listed as "<id> (pdf)", "<id> (text)".
 */
export function listEvalDocuments(folder: string): EvalDocument[] {
  const truthDir = path.join(folder, 'truth');
  if (!fs.existsSync(truthDir)) return [];
  const docs: EvalDocument[] = [];
  for (const sub of ['html', 'pdf', 'text']) {
    const dir = path.join(folder, sub);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      const id = name.replace(/\.(html?|pdf|txt)$/, '');
      const truthFile = path.join(truthDir, `${id}.json`);
      const label = sub === 'html' ? id : `${id} (${sub})`;
      if (name !== id && fs.existsSync(truthFile))
        docs.push({ id: label, file: path.join(dir, name), truthFile });
    }
  }
  return docs;
}
