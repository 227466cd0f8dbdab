import { nameTokens, SKIPPED_TAGS, tagOf } from './dom-tags';

/** Class/id words of site chrome: navigation, menus, footers, cookie and consent banners. */
const CHROME_TOKEN =
  /(^|[-_])(nav|navbar|navigation|menu|menubar|footer|site-footer|cookie|cookies|consent|gdpr|breadcrumbs?|masthead|topbar|skip-link|share|social-share)([-_]|$)/;

/** Never removed by class name: a site may well call its main element "nav-content". */
const CONTENT_TAGS = new Set(['MAIN', 'ARTICLE', 'BODY']);

/** Site chrome is a small part of a page: an element with more of its text is content. */
const MAX_CHROME_SHARE = 0.5;

const CHROME_ROLES = new Set(['navigation', 'contentinfo', 'search']);

/**
 * Removes what is never CV content from a (cloned) document: scripts, navigation, asides, site headers
 * and footers, cookie banners. A header or footer inside the main content (an article's own header
 * with the person's name) is kept.
 */
export function stripPageChrome(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const pageLength = (body.textContent ?? '').length;
  // A class word alone never condemns an element holding the main element or most of the page's
  // text: layouts name their content wrapper after the navbar beside it ("page-navbar").
  const holdsContent = (el: Element): boolean =>
    el.querySelector('main, article') !== null ||
    (el.textContent ?? '').length > MAX_CHROME_SHARE * pageLength;
  const doomed: Element[] = [];
  for (const el of Array.from(body.querySelectorAll('*'))) {
    const tag = tagOf(el);
    if (SKIPPED_TAGS.has(tag) && tag !== 'IMG') doomed.push(el);
    else if (tag === 'NAV' || tag === 'ASIDE') doomed.push(el);
    else if ((tag === 'HEADER' || tag === 'FOOTER') && !el.parentElement?.closest('main, article'))
      doomed.push(el);
    else if (CHROME_ROLES.has(el.getAttribute('role') ?? '')) doomed.push(el);
    else if (!CONTENT_TAGS.has(tag) && nameTokens(el).some((t) => CHROME_TOKEN.test(t)) && !holdsContent(el))
      doomed.push(el);
  }
  for (const el of doomed) el.remove();
}
