import { browser } from 'wxt/browser';
import { badgeItemsOf } from '../badges/items';
import type { BadgesConfig } from '../badges/types';
import type { AnalysisSummary } from '../messages/types';

/**
 * Shows or removes the in-page badges on a tab: sets the configuration in the extension's
 * isolated world, then runs /badges.js there, which reads and clears it. Answers the number
 * of badges now on the page.
 */
export async function setPageBadges(tabId: number, config: BadgesConfig): Promise<number> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (value: BadgesConfig) => {
      (globalThis as { __cvlensBadges?: unknown }).__cvlensBadges = value;
    },
    args: [config],
  });
  const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/badges.js'] });
  const shown = result?.result;
  if (typeof shown !== 'number' || shown < 0) throw new Error('The page did not accept the badges.');
  return shown;
}

/**
 * The background's 'set-badges' handler: badges for the tab's last analysis (the profile the
 * page was read into), or, when hiding, just the removal. Answers the number shown.
 */
export async function showBadges(
  tabId: number,
  visible: boolean,
  summary: AnalysisSummary | null,
): Promise<number> {
  if (visible && !summary) throw new Error('Open CV Lens on this page first, so it knows the publications.');
  if (visible && summary?.lookupPending) {
    throw new Error('The sources are still being asked: show the badges once they have answered.');
  }
  const items = visible && summary ? badgeItemsOf(summary.profile) : [];
  return setPageBadges(tabId, { visible, items });
}
