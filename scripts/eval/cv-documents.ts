import fs from 'node:fs';
import path from 'node:path';

/** One document of an eval corpus with its truth file. */
export interface EvalDocument {
  id: string;
  file: string;
  truthFile: string;
}

/**
 * The documents of a corpus folder laid out like shared/fixtures/cv: html/<id>.html (or text/<id>.txt)
 * beside truth/<id>.json. A document without truth is skipped.
 */
export function listEvalDocuments(folder: string): EvalDocument[] {
  const truthDir = path.join(folder, 'truth');
  if (!fs.existsSync(truthDir)) return [];
  const docs: EvalDocument[] = [];
  for (const sub of ['html', 'text']) {
    const dir = path.join(folder, sub);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      const id = name.replace(/\.(html?|txt)$/, '');
      const truthFile = path.join(truthDir, `${id}.json`);
      if (name !== id && fs.existsSync(truthFile)) docs.push({ id, file: path.join(dir, name), truthFile });
    }
  }
  return docs;
}
