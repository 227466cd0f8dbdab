import * as v from 'valibot';
import { ProfileSchema } from '../model/profile';
import { id, list, text } from '../schema/fields';

/*
 * What an analysis hands its callers, apart from the pipeline that makes it: the messages' schema
 * (utils/messages/types.ts) validates it in the popup and the side panel, which must not load the
 * reader, its lexicons and the store just to check an answer's shape.
 */

export const PIPELINE_STAGES = ['parsing', 'looking-up', 'done'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const DocumentAnalysisSchema = v.object({
  /** The profile as parsed, with its `scholar` part once the look-up ran. */
  profile: ProfileSchema,
  /** Section headings found in the document, in order, as written. */
  headings: list(text()),
  candidateId: v.nullable(id),
  /** The page was unchanged since it was last read: its stored profile was used. */
  fromCache: v.boolean(),
  /** The person was already stored (from another page, a PDF, a visit) and this merged into them. */
  merged: v.boolean(),
  /** No source answered over the network: scholar data came from the cache. */
  offline: v.boolean(),
  /**
   * Set on the analysis handed to `onRead`: the profile as read, while the look-up still runs,
   * so its publications do not yet have this look-up's verdicts.
   */
  lookupPending: v.optional(v.literal(true)),
});
export type DocumentAnalysis = v.InferOutput<typeof DocumentAnalysisSchema>;
