import { check } from '../schema/issues';
import { ReviewPatchSchema, type Review, type ReviewPatch } from './types';

/** Trimmed, without empties, without repeats (case-insensitive), in the order given. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const trimmed = tag.trim();
    const key = trimmed.toLowerCase();
    if (trimmed === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(trimmed);
  }
  return out;
}

/** Refuses values the side panel could never have produced (a RangeError, before any write). */
export function checkReviewPatch(patch: ReviewPatch): void {
  const checked = check(ReviewPatchSchema, patch, 'patch');
  if (!checked.ok) throw new RangeError(checked.reason);
}

export function applyReview(review: Review, patch: ReviewPatch): Review {
  checkReviewPatch(patch);
  return {
    notes: patch.notes ?? review.notes,
    tags: patch.tags ? cleanTags(patch.tags) : review.tags,
    rating: patch.rating !== undefined ? patch.rating : review.rating,
    status: patch.status ?? review.status,
  };
}

/**
 * Both reviews of one person, without loss: notes kept (both when they differ), tags unioned,
 * the existing rating and status unless it has none (a status of 'new' counts as none).
 */
export function mergeReviews(existing: Review, incoming: Review): Review {
  const a = existing.notes.trim();
  const b = incoming.notes.trim();
  const notes =
    b === '' || a.includes(b)
      ? existing.notes
      : a === '' || b.includes(a)
        ? incoming.notes
        : `${existing.notes}\n\n${incoming.notes}`;
  return {
    notes,
    tags: cleanTags([...existing.tags, ...incoming.tags]),
    rating: existing.rating ?? incoming.rating,
    status: existing.status === 'new' ? incoming.status : existing.status,
  };
}
