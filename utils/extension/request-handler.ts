import { EXPORTERS } from '../export';
import { importBackup } from '../import';
import type {
  AnalysisFailure,
  AnalysisSummary,
  BackgroundEvent,
  CandidateSummary,
  Reply,
  ReplyMap,
  Request,
  RequestOf,
} from '../messages/types';
import { analyseDocument } from '../pipeline/analyse-document';
import type { DocumentAnalysis } from '../pipeline/document-analysis';
import type { Profile } from '../model/profile';
import type { RequestLog } from '../scholar/request-log';
import type { ScholarPart, ScholarSettings, SettingsPatch } from '../model/scholar';
import { StoreError, type CandidateRow, type CandidateStore } from '../store';
import type { TabDocument } from './analyse-tab';
import type { RequestHandler } from './background-port';
import type { TabAnalyses } from './tab-analyses';

export interface HandlerDeps {
  store: () => Promise<CandidateStore>;
  readTab: (tabId: number) => Promise<Reply<TabDocument>>;
  lookup: (profile: Profile, tabId: number | null) => Promise<ScholarPart>;
  settings: {
    load: () => Promise<ScholarSettings>;
    save: (patch: SettingsPatch) => Promise<ScholarSettings>;
  };
  log: () => Promise<RequestLog>;
  setBadges: (tabId: number, visible: boolean, summary: AnalysisSummary | null) => Promise<number>;
  broadcast: (event: BackgroundEvent) => void;
  /** Each tab's latest analysis, kept outside the worker so that it survives the worker's restarts. */
  analyses: TabAnalyses;
  now?: () => number;
}

type Handlers = { [K in Request['type']]: (request: RequestOf<K>) => Promise<ReplyMap[K]> };

/** The row without its search text, which only the store's search reads. */
function toRow({ searchText: _searchText, ...row }: CandidateRow): CandidateSummary {
  return row;
}

/** A refusal with the popup view it calls for. */
class RequestFailure extends Error {
  constructor(
    message: string,
    readonly failure?: AnalysisFailure,
  ) {
    super(message);
  }
}

/** Errors the reviewer should read as they are; anything else is reported as it happened. */
function describe(error: unknown): string {
  if (error instanceof StoreError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/** Routes each validated request to the stage that answers it. */
export function createRequestHandler(deps: HandlerDeps): RequestHandler {
  const { analyses } = deps;
  const now = deps.now ?? Date.now;

  const analyse = async (
    tabId: number,
    document: TabDocument & { kind: 'document' },
    readAnyway = false,
  ): Promise<AnalysisSummary> => {
    const store = await deps.store();
    // Kept before the final analysis is, so that it never overwrites it.
    let keptRead: Promise<void> = Promise.resolve();
    const result: DocumentAnalysis = await analyseDocument(document.document, document.url, {
      store,
      readAnyway,
      lookup: (profile) => deps.lookup(profile, tabId),
      // 'get-analysis' answers with the profile as read until the look-up has finished.
      onRead: (read) => {
        keptRead = analyses.set({ kind: 'analysis', tabId, url: document.url, ...read });
      },
      onStage: (stage) => deps.broadcast({ type: 'analysis-progress', tabId, stage }),
    });
    const summary: AnalysisSummary = { kind: 'analysis', tabId, url: document.url, ...result };
    await keptRead;
    await analyses.set(summary);
    if (result.candidateId) deps.broadcast({ type: 'candidates-changed', ids: [result.candidateId] });
    return summary;
  };

  const handlers: Handlers = {
    'analyse-tab': async ({ tabId, readAnyway }) => {
      deps.broadcast({ type: 'analysis-progress', tabId, stage: 'injecting' });
      const read = await deps.readTab(tabId);
      if (!read.ok) throw new RequestFailure(read.error, read.failure);
      return read.value.kind === 'pdf' ? read.value : analyse(tabId, read.value, readAnyway === true);
    },
    'analyse-pdf-document': ({ tabId, document, url }) => analyse(tabId, { kind: 'document', document, url }),
    'get-analysis': ({ tabId }) => analyses.get(tabId),
    'list-candidates': async ({ options }) => (await (await deps.store()).list(options)).map(toRow),
    'get-candidate': async ({ id }) => (await deps.store()).get(id),
    'update-review': async ({ id, patch }) => {
      const record = await (await deps.store()).updateReview(id, patch);
      if (!record) throw new Error('This candidate is no longer stored.');
      deps.broadcast({ type: 'candidates-changed', ids: [id] });
      return record;
    },
    'delete-candidate': async ({ id }) => {
      await (await deps.store()).delete(id);
      await analyses.forgetCandidate(id);
      deps.broadcast({ type: 'candidates-changed', ids: [id] });
      return null;
    },
    'clear-candidates': async () => {
      await (await deps.store()).clear();
      await analyses.clear();
      deps.broadcast({ type: 'candidates-changed', ids: [] });
      return null;
    },
    export: async ({ format, candidateId }) => {
      const store = await deps.store();
      const exporter = EXPORTERS[format];
      const records = candidateId
        ? [await store.get(candidateId)].filter((r) => r !== null)
        : await store.all();
      if (records.length === 0) throw new Error('There is no candidate to export.');
      if (exporter.scope === 'one' && records.length !== 1) {
        throw new Error(`${exporter.label} describes one person: choose a candidate first.`);
      }
      const stem =
        records.length === 1 ? (records[0]!.name || 'candidate').replace(/[^\p{L}\p{N}]+/gu, '-') : 'cv-lens';
      return {
        filename: `${stem.toLowerCase()}.${exporter.extension}`,
        mime: exporter.mimeType,
        text: exporter.run(records, new Date(now())),
      };
    },
    'import-backup': async ({ text }) => {
      const outcome = await importBackup(await deps.store(), text);
      if (!outcome.ok) throw new Error(`This file was not imported: ${outcome.reason}`);
      deps.broadcast({ type: 'candidates-changed', ids: [] });
      return { added: outcome.added, merged: outcome.merged };
    },
    'store-document': async ({ document, url }) => {
      const store = await deps.store();
      const result = await analyseDocument(document, url, {
        store,
        lookup: (profile) => deps.lookup(profile, null),
      });
      if (!result.candidateId) throw new Error('No CV content found in this file.');
      deps.broadcast({ type: 'candidates-changed', ids: [result.candidateId] });
      return { candidateId: result.candidateId, merged: result.merged, profile: result.profile };
    },
    'get-settings': () => deps.settings.load(),
    'save-settings': ({ settings }) => deps.settings.save(settings),
    'get-request-log': async () => {
      const log = await deps.log();
      return { entries: [...log.list()], costTodayUsd: log.dayCostUsd(now()) };
    },
    'clear-scholar-cache': async () => {
      await (await deps.store()).clearScholarCache();
      return null;
    },
    'set-badges': async ({ tabId, visible }) => ({
      shown: await deps.setBadges(tabId, visible, await analyses.get(tabId)),
    }),
  };

  const handle = async (request: Request): Promise<Reply<unknown>> => {
    try {
      const handler = handlers[request.type] as (r: Request) => Promise<unknown>;
      return { ok: true, value: await handler(request) };
    } catch (error) {
      const failure = error instanceof RequestFailure ? error.failure : undefined;
      return { ok: false, error: describe(error), ...(failure ? { failure } : {}) };
    }
  };
  return handle as RequestHandler;
}
