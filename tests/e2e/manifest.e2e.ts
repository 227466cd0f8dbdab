import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/fixtures';

/** The manifests as built (`npm test` builds both before the end-to-end stage). */
function manifest(folder: string): Record<string, unknown> {
  const file = path.join(REPO, '.output', folder, 'manifest.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

const SCHOLAR_HOSTS = [
  'https://api.openalex.org/*',
  'https://api.semanticscholar.org/*',
  'https://dblp.org/*',
  'https://pub.orcid.org/*',
  'https://api.crossref.org/*',
];

describe('built manifests ask only for what the design needs', () => {
  it('Chrome MV3: activeTab, scripting, storage, side panel; scholarly hosts only; no content scripts', () => {
    const m = manifest('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expect([...(m.permissions as string[])].sort()).toEqual([
      'activeTab',
      'scripting',
      'sidePanel',
      'storage',
    ]);
    expect([...(m.host_permissions as string[])].sort()).toEqual([...SCHOLAR_HOSTS].sort());
    expect(m.content_scripts).toBeUndefined();
    expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(m.background).toMatchObject({ service_worker: 'background.js' });
  });

  it('Firefox: its own manifest, with sidebar_action, a gecko id and no Chrome-only permissions', () => {
    const m = manifest('firefox-mv2');
    expect(m.manifest_version).toBe(2);
    const permissions = m.permissions as string[];
    expect(permissions).toEqual(
      expect.arrayContaining(['activeTab', 'scripting', 'storage', ...SCHOLAR_HOSTS]),
    );
    expect(permissions).not.toContain('sidePanel');
    expect(permissions).not.toContain('offscreen');
    expect(permissions.some((p) => p.includes('127.0.0.1'))).toBe(false);
    expect(m.content_scripts).toBeUndefined();
    expect(m.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
    expect(m.browser_specific_settings).toMatchObject({ gecko: { id: 'cv-lens@example.org' } });
  });

  it('only the e2e build may read pages on 127.0.0.1 and tab URLs', () => {
    expect(manifest('chrome-mv3-e2e').host_permissions).toContain('http://127.0.0.1/*');
    expect(manifest('chrome-mv3-e2e').permissions).toContain('tabs');
    expect(manifest('chrome-mv3').host_permissions).not.toContain('http://127.0.0.1/*');
    expect(manifest('chrome-mv3').permissions).not.toContain('tabs');
  });
});

describe('the built extensions', () => {
  it.each(['chrome-mv3', 'firefox-mv2'])(
    "%s: ships pdf.js's worker with each text style naming its font (utils/acquire/pdf/worker-patch.ts)",
    (folder) => {
      const assets = path.join(REPO, '.output', folder, 'assets');
      const workers = fs.readdirSync(assets).filter((file) => file.startsWith('pdf.worker'));
      expect(workers).toHaveLength(1);
      const source = fs.readFileSync(path.join(assets, workers[0]!), 'utf8');
      expect(source).toMatch(/fontFamily:([\w$]+)\.fallbackName,fontName:\1\.name,/);
    },
  );
});
