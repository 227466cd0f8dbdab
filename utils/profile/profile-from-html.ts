import { htmlToCvDocument } from '../acquire/html/from-string';
import { buildProfile } from './build-profile';
import type { Profile } from '../model/profile';

/** Node convenience (CLI, tests, eval): HTML string to profile, through linkedom. */
export function profileFromHtml(html: string, url: string | null): Profile {
  return buildProfile(htmlToCvDocument(html, url));
}
