import { emissionScores, START, transitionKey, type LinearChainModel } from '../learn/linear-chain';
import {
  cvSectionKinds,
  documentKindFeatures,
  plainlyNamed,
  printsPlaceholders,
  type KindSubject,
} from './document-kind-features';
import fitted from './document-kind-model.json';
import { DOCUMENT_KINDS, type DocumentKind } from '../model/profile';

/** Where `npm run train` writes the fitted weights, relative to the repository. */
export const DOCUMENT_KIND_MODEL_FILE = 'utils/profile/document-kind-model.json';

/** The shipped weights; the labels are DOCUMENT_KINDS in order. */
export const DOCUMENT_KIND_MODEL: LinearChainModel = fitted;

/** A document with this many kinds of CV section and this many dated entries is never "unknown". */
const PLAIN_CV_SECTIONS = 3;
const PLAIN_CV_DATED = 2;

/**
 * The kinds the document can be at all, whatever the weights say: a CV has some CV content, a
 * publication list a publication. A profile page or a letter is possible without a name candidate:
 * the page names its person whether or not the reader found the name, and barring them emptied
 * profile pages (round 29). A plainly named person with CV content,
 * or plainly CV content (several CV sections with dated entries) without a name, is never
 * "unknown": that would drop a real CV, the costliest mistake the reader can make.
 * "Plainly named" asks the best name candidate to beat "no name here" by a margin, not the name
 * ranker's decision: near that decision the model weighs how plainly the page names someone, so
 * the kind does not flip with a small move of the name ranker.
 */
function possibleKinds(s: KindSubject): Set<DocumentKind> {
  const possible = new Set<DocumentKind>();
  // One reference-like line alone (a news article's byline with a date) is not yet CV content;
  // a career timeline is, whether or not its headings were read as CV sections.
  const cvSections = cvSectionKinds(s).length;
  const cvContent =
    s.publications > 1 || s.datedEntries > 0 || cvSections > 0 || s.timeline >= PLAIN_CV_DATED;
  // Several CV sections with dated entries, or with a career timeline whose entries were not read
  // ("Giugno 2022 - Presente"), make a CV even when its name was not found.
  // A template's page, its placeholder words unreplaced, is nobody's CV however plain its sections:
  // the fitted model, which reads "text:placeholder words", decides it.
  const plainlyCv =
    cvSections >= PLAIN_CV_SECTIONS &&
    Math.max(s.datedEntries, s.timeline) >= PLAIN_CV_DATED &&
    !printsPlaceholders(s.lines);
  if ((!plainlyNamed(s.personMargin) && !plainlyCv) || !cvContent) possible.add('unknown');
  if (cvContent) possible.add('cv');
  if (s.publications > 0) possible.add('publication-list');
  possible.add('profile-page');
  possible.add('letter');
  return possible;
}

/**
 * What the document is — a CV, a letter, a publication list, a person's profile page, or none of
 * these (a news page, a syllabus), which must not yield a profile: the possible kind the fitted
 * document-kind model scores best over the document's features.
 */
export function classifyDocument(
  subject: KindSubject,
  model: LinearChainModel = DOCUMENT_KIND_MODEL,
): DocumentKind {
  const weightOf = (key: string): number => model.weights[key] ?? 0;
  const emitted = emissionScores(model.labels, weightOf, documentKindFeatures(subject));
  const possible = possibleKinds(subject);
  let best: DocumentKind = 'unknown';
  let bestScore = -Infinity;
  DOCUMENT_KINDS.forEach((kind) => {
    const score = emitted[model.labels.indexOf(kind)]! + weightOf(transitionKey(START, kind));
    if (possible.has(kind) && score > bestScore) {
      best = kind;
      bestScore = score;
    }
  });
  return best;
}
