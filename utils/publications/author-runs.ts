import type { AuthorFeatures } from './segment-features';
import type { Segment } from './segments';

/** A segment that reads wholly as a list of names written with initials ("Goss DL.", "Bedford, H."). */
const initialsList = (f: AuthorFeatures | undefined): boolean =>
  !!f?.list && f.score >= 1 && f.list.initialsStyle && !f.list.etAl;

/**
 * Some styles end each name with a period ("Goss DL. Moore JH.", "Ferguson, JN. Aldag, JM.") or
 * drop a comma between names ("Bedford, H. Petticrew, M."), so the author list falls into several
 * sentences. Leading segments that each read wholly as initials-style names are one list.
 */
export function mergeAuthorRuns(
  text: string,
  segs: Segment[],
  feats: AuthorFeatures[],
): { segs: Segment[]; feats: AuthorFeatures[] } {
  let last = 0;
  while (initialsList(feats[last]) && initialsList(feats[last + 1])) last++;
  // The last piece may close with "et al." ("Ferguson, JN. Aldag, JM. et al.").
  if (last > 0 && feats[last + 1]?.list?.etAl && feats[last + 1]!.score >= 1) last++;
  if (last === 0) return { segs, feats };
  const first = segs[0]!;
  const end = segs[last]!.end;
  const merged: Segment = {
    start: first.start,
    end,
    text: text.slice(first.start, end),
    bold: Math.min(...segs.slice(0, last + 1).map((s) => s.bold)),
    italic: Math.min(...segs.slice(0, last + 1).map((s) => s.italic)),
    quoted: false,
  };
  const parts = feats.slice(0, last + 1);
  const authors = parts.flatMap((f, k) => {
    const shift = segs[k]!.start - first.start;
    return f.list!.authors.map((a) => ({ ...a, start: a.start + shift, end: a.end + shift }));
  });
  const feat: AuthorFeatures = {
    list: { ...parts[0]!.list!, authors, end: merged.text.length, etAl: parts[last]!.list!.etAl },
    score: parts.reduce((s, f) => s + f.score, 0),
    candidate: parts.some((f) => f.candidate),
  };
  return { segs: [merged, ...segs.slice(last + 1)], feats: [feat, ...feats.slice(last + 1)] };
}
