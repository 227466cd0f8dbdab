import type { CvDocument } from '../document/types';
import type { AnalysisSummary, BackgroundEvent, Reply, ReplyMap, Request } from '../messages/types';
import type { AnalyseDeps } from './analyse-tab';
import type { RequestHandler } from './background-port';

export interface HandlerDeps {
  analyseTab: (tabId: number, deps: AnalyseDeps) => Promise<Reply<AnalysisSummary>>;
  broadcast: (event: BackgroundEvent) => void;
  readPdf?: (url: string) => Promise<CvDocument>;
}

/** Routes each validated request to the stage that answers it. */
export function createRequestHandler(deps: HandlerDeps): RequestHandler {
  const analyses = new Map<number, AnalysisSummary>();

  const handlers: { [K in Request['type']]: (request: Extract<Request, { type: K }>) => Promise<Reply<ReplyMap[K]>> } = {
    'analyse-tab': async ({ tabId }) => {
      const reply = await deps.analyseTab(tabId, {
        onStage: (stage) => deps.broadcast({ type: 'analysis-progress', tabId, stage }),
        readPdf:
          deps.readPdf ??
          (() => Promise.reject(new Error('PDF reading is not available in this build.'))),
      });
      if (reply.ok) analyses.set(tabId, reply.value);
      return reply;
    },
    'get-analysis': async ({ tabId }) => ({ ok: true, value: analyses.get(tabId) ?? null }),
    'offscreen-parse-pdf': async () => ({ ok: false, error: 'Only the offscreen document parses PDFs.' }),
  };

  return (request) => {
    const handler = handlers[request.type] as (r: typeof request) => Promise<Reply<ReplyMap[typeof request.type]>>;
    return handler(request) as never;
  };
}
