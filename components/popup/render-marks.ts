/** Performance marks that `npm run bench` reads to time the popup's first renders. */
export const FIRST_RENDER_MARK = 'cvlens:first-render';
export const PROFILE_RENDER_MARK = 'cvlens:profile-render';

export function markOnce(name: string): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}
