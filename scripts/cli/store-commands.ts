// idb recognises IndexedDB objects by the global classes; fake-indexeddb/auto provides them in Node.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IDBFactory } from 'fake-indexeddb';
import { EXPORTERS, isExportFormat } from '../../utils/export';
import { importBackup } from '../../utils/import';
import type { DocumentKind, Profile } from '../../utils/model/profile';
import {
  openCandidateStore,
  StoreError,
  type CandidateRecord,
  type CandidateStore,
  type CandidateSummary,
} from '../../utils/store';
import { dumpDatabase, restoreDatabase, type DatabaseSnapshot } from '../../utils/store/snapshot';
import { DOCUMENT_KIND_TEXT } from './format-text';
import { CliError, type CliArgs } from './args';
import { pickCandidate } from './pick-candidate';
import { readInput } from './read-input';
import { withLock } from './store-lock';

const STORE_FILE = 'store.json';
/** The lock add and import hold while they change the store (store-lock.ts). */
const STORE_LOCK = 'store';

interface FileStore {
  store: CandidateStore;
  /** Whether the store file existed: list tells a missing store from an empty one. */
  existed: boolean;
  save(): Promise<void>;
}

/** Loads the store file (if any) into a fresh fake IndexedDB; save() writes it back atomically. */
async function openFileStore(dir: string): Promise<FileStore> {
  const file = path.join(dir, STORE_FILE);
  const factory = new IDBFactory();
  const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw new CliError(`cannot read ${file}: ${error.message}`);
  });
  if (text !== null) {
    let snapshot: DatabaseSnapshot;
    try {
      snapshot = JSON.parse(text) as DatabaseSnapshot;
    } catch (error) {
      throw new CliError(`${file} is damaged (${(error as Error).message}); it was left as it is`);
    }
    if (snapshot?.format !== 'cv-lens-database') throw new CliError(`${file} is not a CV Lens store`);
    await restoreDatabase(factory, snapshot);
  }
  const store = await openCandidateStore(factory);
  return {
    store,
    existed: text !== null,
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
      const bytes = await readInput(file);
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
      // One file that cannot be read is reported in one line; the others are still added.
      failures++;
      const message =
        error instanceof CliError
          ? error.message
          : `${file}: ${error instanceof Error ? error.message : String(error)}`;
      process.stderr.write(`cv-lens: ${message}\n`);
    }
  }
  if (changed) await fileStore.save();
  return failures > 0 ? 1 : 0;
}

/** The shortest start of each id (8 characters at least) that no other id shares: --candidate takes it. */
function shortIds(ids: readonly string[]): Map<string, string> {
  return new Map(
    ids.map((id) => {
      let length = Math.min(8, id.length);
      while (length < id.length && ids.some((other) => other !== id && other.startsWith(id.slice(0, length))))
        length++;
      return [id, id.slice(0, length)];
    }),
  );
}

/** Rows as aligned columns under a header; the last column is left unpadded. */
function table(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [header, ...rows]
    .map((cells) =>
      cells
        .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('');
}

function listText(rows: readonly CandidateSummary[], kinds: ReadonlyMap<string, DocumentKind>): string {
  const ids = shortIds(rows.map((r) => r.id));
  return table(
    ['ID', 'NAME', 'DOCUMENT', 'PUBS', 'AFFILIATION', 'STATUS', 'RATING', 'TAGS'],
    rows.map((s) => {
      const kind = kinds.get(s.id);
      return [
        ids.get(s.id)!,
        s.name || '(no name)',
        kind ? DOCUMENT_KIND_TEXT[kind] : '-',
        String(s.publications),
        s.affiliation ?? '-',
        s.status,
        s.rating === null ? '-' : '*'.repeat(s.rating),
        s.tags.map((t) => `#${t}`).join(' ') || '-',
      ];
    }),
  );
}

async function list(args: CliArgs, fileStore: FileStore): Promise<number> {
  const format = args.format ?? 'text';
  if (format !== 'json' && format !== 'text')
    throw new CliError(`unknown list format ${format} (json, text)`);
  const rows = await fileStore.store.list({ sort: 'name' });
  // The search text is an internal index, not something to print.
  const shown = rows.map(({ searchText: _, ...summary }) => summary);
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
  } else if (shown.length > 0) {
    const kinds = new Map((await fileStore.store.all()).map((r) => [r.id, r.profile.documentKind]));
    process.stdout.write(listText(shown, kinds));
  } else {
    // Never silence: a mistyped --data folder reads differently from an empty store.
    process.stdout.write(
      fileStore.existed
        ? `No candidates in ${args.data}.\n`
        : `No candidates: there is no store in ${args.data} yet (add CVs with: add <file> --data ${args.data}).\n`,
    );
  }
  return 0;
}

async function pick(store: CandidateStore, query: string | null): Promise<CandidateRecord[]> {
  const all = await store.all();
  return query === null ? all : [pickCandidate(all, query)];
}

async function exportTo(args: CliArgs, store: CandidateStore): Promise<number> {
  const format = args.format ?? 'json';
  if (!isExportFormat(format))
    throw new CliError(`unknown export format ${format} (json, csv, bibtex, jsonresume)`);
  const exporter = EXPORTERS[format];
  const records = await pick(store, args.candidate);
  if (exporter.scope === 'one' && records.length !== 1) {
    throw new CliError(
      `${format} describes one candidate: name it with --candidate and an id, its start or a name (there are ${records.length})`,
    );
  }
  process.stdout.write(exporter.run(records, new Date()));
  return 0;
}

async function importFrom(files: string[], fileStore: FileStore): Promise<number> {
  if (files.length !== 1) throw new CliError('import takes one backup file');
  const outcome = await importBackup(fileStore.store, (await readInput(files[0]!)).toString('utf8'));
  if (!outcome.ok) throw new CliError(`not imported, nothing changed: ${outcome.reason}`);
  await fileStore.save();
  process.stdout.write(`imported: ${outcome.added} added, ${outcome.merged} merged\n`);
  return 0;
}

/** Opens the store, runs `command` on it, closes it. */
async function onStore(dir: string, command: (fileStore: FileStore) => Promise<number>): Promise<number> {
  const fileStore = await openFileStore(dir);
  try {
    return await command(fileStore);
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message);
    throw error;
  } finally {
    fileStore.store.close();
  }
}

/**
 * The store commands of the CLI: add, list, export, import, over the store in args.data. add and
 * import read, change and write the store file under its lock, so concurrent runs take turns
 * and none loses the other's candidates; list and export read a file that is only ever replaced
 * whole.
 */
export async function runStoreCommand(
  args: CliArgs,
  parseFile: (path: string, address: string | null) => Promise<Profile>,
): Promise<number> {
  switch (args.command) {
    case 'add':
      return withLock(args.data, STORE_LOCK, () =>
        onStore(args.data, (fileStore) => add(args.positional, fileStore, parseFile, args.url)),
      );
    case 'import':
      return withLock(args.data, STORE_LOCK, () =>
        onStore(args.data, (fileStore) => importFrom(args.positional, fileStore)),
      );
    case 'list':
      return onStore(args.data, (fileStore) => list(args, fileStore));
    case 'export':
      return onStore(args.data, (fileStore) => exportTo(args, fileStore.store));
    default:
      throw new CliError(`unknown store command ${args.command}`);
  }
}
