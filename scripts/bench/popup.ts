import { spawnSync } from 'node:child_process';
import { launchWithExtension, openPopupFor, tabIdOf } from '../../tests/e2e/helpers';
import { CV_FIXTURES, REPO } from '../../tests/support/fixtures';
import { startMockScholarServer } from '../../tests/support/mock-scholar-server';
import { serveFolder } from '../../tests/support/static-server';
import { FIRST_RENDER_MARK, PROFILE_RENDER_MARK } from '../../components/popup/render-marks';
import { findBrowser } from '../browser';
import { figure, median, type BenchFigure } from './types';

const RUNS = 7;

/**
 * The popup in Chromium, opened again on a CV it has already read: milliseconds from the popup
 * document's start (its time origin) to its first render and to the candidate's profile on screen.
 */
export async function benchPopup(): Promise<BenchFigure[]> {
  if (!findBrowser()) return [];
  const build = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: REPO, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('the e2e build failed');
  const server = await serveFolder(CV_FIXTURES);
  const mock = await startMockScholarServer({ port: 4599, mode: 'scenario' });
  const session = await launchWithExtension();
  try {
    const page = await session.context.newPage();
    const url = server.url('html/hayou.html');
    await page.goto(url);
    const tabId = await tabIdOf(session.worker, url);
    const first: number[] = [];
    const profile: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const popup = await openPopupFor(session, tabId);
      await popup.getByTestId('candidate-name').waitFor({ timeout: 60_000 });
      const marks = await popup.evaluate(
        (names) => names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN),
        [FIRST_RENDER_MARK, PROFILE_RENDER_MARK],
      );
      // The first opening reads the page cold; the others open from the background's cache.
      if (run > 0) {
        first.push(marks[0]!);
        profile.push(marks[1]!);
      }
      await popup.close();
    }
    return [
      figure('popup first render (hayou, cached)', median(first), 'ms', 100),
      figure('popup profile on screen (hayou, cached)', median(profile), 'ms', null),
    ];
  } finally {
    await session.close();
    // The session leaves its browser open for the next e2e file (tests/e2e/helpers.ts); here no
    // file follows, and an open Chromium would keep the bench from ever exiting.
    await globalThis.closeWorkerBrowser?.();
    await mock.close();
    await server.close();
  }
}
