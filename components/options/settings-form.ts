import { SOURCE_IDS, type ScholarSettings, type SourceId } from '../../utils/model/scholar';

export const SOURCE_LABELS: Record<SourceId, { name: string; what: string }> = {
  openalex: { name: 'OpenAlex', what: 'authors, works, citations, h-index (primary source)' },
  dblp: { name: 'DBLP', what: 'computer-science venues and author pages' },
  semanticscholar: { name: 'Semantic Scholar', what: 'papers and citation counts' },
  orcid: { name: 'ORCID', what: 'public ORCID records named in the CV' },
  crossref: { name: 'Crossref', what: 'DOIs and publication metadata' },
};

const DAY_MS = 24 * 3600 * 1000;

/** The form's fields as the inputs hold them (strings for text, days for the cache lifetime). */
export interface SettingsForm {
  enabled: Record<SourceId, boolean>;
  openalexApiKey: string;
  s2ApiKey: string;
  mailto: string;
  cacheDays: string;
}

export function toForm(settings: ScholarSettings): SettingsForm {
  return {
    enabled: { ...settings.enabled },
    openalexApiKey: settings.openalexApiKey ?? '',
    s2ApiKey: settings.s2ApiKey ?? '',
    mailto: settings.mailto ?? '',
    cacheDays: String(Math.round((settings.cacheTtlMs / DAY_MS) * 10) / 10),
  };
}

/** The patch to save, or the reason the form cannot be saved. */
export function fromForm(form: SettingsForm): { patch: Partial<ScholarSettings> } | { error: string } {
  const days = Number(form.cacheDays);
  if (!Number.isFinite(days) || days <= 0 || days > 365) {
    return { error: 'Cache lifetime must be a number of days between 0.1 and 365.' };
  }
  const mailto = form.mailto.trim();
  if (mailto && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(mailto))
    return { error: 'The contact address is not an email address.' };
  const key = (value: string) => value.trim() || null;
  return {
    patch: {
      enabled: Object.fromEntries(SOURCE_IDS.map((s) => [s, form.enabled[s]])) as Record<SourceId, boolean>,
      openalexApiKey: key(form.openalexApiKey),
      s2ApiKey: key(form.s2ApiKey),
      mailto: mailto || null,
      cacheTtlMs: Math.round(days * DAY_MS),
    },
  };
}

export function usd(value: number): string {
  return value < 0.01 && value > 0 ? `$${value.toFixed(4)}` : `$${value.toFixed(2)}`;
}
