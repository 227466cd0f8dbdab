// idb recognises IndexedDB objects by the global classes; fake-indexeddb/auto provides them in Node.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IDBFactory } from 'fake-indexeddb';
import { EXPORTERS, isExportFormat } from '../../utils/export';
import { importBackup } from '../../utils/import';
import type { Profile } from '../../utils/model/profile';
import {
  openCandidateStore,
  StoreError,
  type CandidateRecord,
  type CandidateStore,
  type CandidateSummary,
} from '../../utils/store';
import { dumpDatabase, restoreDatabase, type DatabaseSnapshot } from '../../utils/store/snapshot';
import { CliError, type CliArgs } from './args';

const STORE_FILE = 'store.json';

interface FileStore {
  store: CandidateStore;
  save(): Promise<void>;
}

/** Loads the store file (if any) into a fresh fake IndexedDB; save() writes it back atomically. */
async function openFileStore(dir: string): Promise<FileStore> {
  const file = path.join(dir, STORE_FILE);
  const factory = new IDBFactory();
  const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (text !== null) {
    const snapshot = JSON.parse(text) as DatabaseSnapshot;
    if (snapshot.format !== 'cv-lens-database') throw new CliError(`${file} is not a CV Lens store`);
    await restoreDatabase(factory, snapshot);
  }
  const store = await openCandidateStore(factory);
  return {
    store,
    async save() {
      await fs.mkdir(dir, { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      await fs.writeFile(temp, JSON.stringify(await dumpDatabase(factory)));
      // rename is atomic: a crash leaves the old file or the new one, never half of one.
      await fs.rename(temp, file);
    },
  };
}

async function add(
  files: string[],
  fileStore: FileStore,
  parseFile: (p: string, address: string | null) => Promise<Profile>,
  address: string | null,
): Promise<number> {
  if (files.length === 0) throw new CliError('add needs at least one file');
  if (address !== null && files.length > 1)
    throw new CliError('--url names one page: add takes one file with it');
  let failures = 0;
  let changed = false;
  for (const file of files) {
    try {
      const bytes = await fs.readFile(file);
      const hash = createHash('sha256').update(bytes).digest('hex');
      const url = address ?? pathToFileURL(path.resolve(file)).href;
      const known = await fileStore.store.findDocument(url, hash);
      if (known) {
        process.stdout.write(`unchanged ${known.candidateId} ${file}\n`);
        continue;
      }
      const { record, merged } = await fileStore.store.upsertProfile(await parseFile(file, address), url, {
        contentHash: hash,
      });
      changed = true;
      process.stdout.write(
        `${merged ? 'merged' : 'added'} ${record.id} ${record.name || '(no name)'} ${file}\n`,
      );
    } catch (error) {
      if (error instanceof StoreError) throw new CliError(error.message);
      failures++;
      process.stderr.write(`${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  if (changed) await fileStore.save();
  return failures > 0 ? 1 : 0;
}

function listText(rows: CandidateSummary[]): string {
  return rows
    .map((s) => {
      const cells = [s.id, s.name || '(no name)', s.affiliation ?? '-', `${s.publications} pubs`, s.status];
      if (s.rating !== null) cells.push(`${'*'.repeat(s.rating)}`);
      if (s.tags.length) cells.push(s.tags.map((t) => `#${t}`).join(' '));
      return cells.join('\t');
    })
    .map((line) => `${line}\n`)
    .join('');
}

async function pick(store: CandidateStore, id: string | null): Promise<CandidateRecord[]> {
  if (id === null) return store.all();
  const record = await store.get(id);
  if (!record) throw new CliError(`no candidate ${id}`);
  return [record];
}

async function exportTo(args: CliArgs, store: CandidateStore): Promise<number> {
  const format = args.format ?? 'json';
  if (!isExportFormat(format))
    throw new CliError(`unknown export format ${format} (json, csv, bibtex, jsonresume)`);
  const exporter = EXPORTERS[format];
  const records = await pick(store, args.candidate);
  if (exporter.scope === 'one' && records.length !== 1) {
    throw new CliError(
      `${format} describes one candidate: name it with --candidate ID (there are ${records.length})`,
    );
  }
  process.stdout.write(exporter.run(records, new Date()));
  return 0;
}

async function importFrom(files: string[], fileStore: FileStore): Promise<number> {
  if (files.length !== 1) throw new CliError('import takes one backup file');
  const outcome = await importBackup(fileStore.store, await fs.readFile(files[0]!, 'utf8'));
  if (!outcome.ok) throw new CliError(`not imported, nothing changed: ${outcome.reason}`);
  await fileStore.save();
  process.stdout.write(`imported: ${outcome.added} added, ${outcome.merged} merged\n`);
  return 0;
}

/** The store commands of the CLI: add, list, export, import, over the store in args.data. */
export async function runStoreCommand(
  args: CliArgs,
  parseFile: (path: string, address: string | null) => Promise<Profile>,
): Promise<number> {
  const fileStore = await openFileStore(args.data);
  try {
    switch (args.command) {
      case 'add':
        return await add(args.positional, fileStore, parseFile, args.url);
      case 'list': {
        const rows = await fileStore.store.list({ sort: 'name' });
        const format = args.format ?? 'text';
        // The search text is an internal index, not something to print.
        const shown = rows.map(({ searchText: _, ...summary }) => summary);
        if (format === 'json') process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
        else if (format === 'text') process.stdout.write(listText(shown));
        else throw new CliError(`unknown list format ${format} (json, text)`);
        return 0;
      }
      case 'export':
        return await exportTo(args, fileStore.store);
      case 'import':
        return await importFrom(args.positional, fileStore);
      default:
        throw new CliError(`unknown store command ${args.command}`);
    }
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message);
    throw error;
  } finally {
    fileStore.store.close();
  }
}
