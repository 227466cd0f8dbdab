import packageJson from '../../package.json';
import type { Profile } from '../../utils/profile/types';
import { nothingChecked } from '../../utils/scholar/checked';
import { NOTHING_CHECKED_TEXT } from '../../utils/scholar/labels';
import { lookupScholar } from '../../utils/scholar/lookup';
import type { ScholarDeps, ScholarSettings, SourceId } from '../../utils/scholar/types';
import { CliError, type CliArgs } from './args';
import { formatAnnotatedText } from './annotate-text';
import { FileScholarCache } from './file-cache';

const URL_VARIABLES: Record<SourceId, string> = {
  openalex: 'CVLENS_OPENALEX_URL',
  dblp: 'CVLENS_DBLP_URL',
  semanticscholar: 'CVLENS_S2_URL',
  orcid: 'CVLENS_ORCID_URL',
  crossref: 'CVLENS_CROSSREF_URL',
};

/** The exit status of an annotate that could check nothing (1 is an error, 2 a usage error). */
export const EXIT_NOTHING_CHECKED = 3;

/**
 * `CV-Lens/<version> (+<homepage>; mailto:<address>)`: who is calling and how to reach them, as
 * the APIs' etiquette asks; the parts in parentheses only where configured.
 */
export function userAgent(homepage: string | null, mailto: string | null): string {
  const contact = [homepage ? `+${homepage}` : null, mailto ? `mailto:${mailto}` : null].filter(Boolean);
  return `CV-Lens/${packageJson.version}${contact.length > 0 ? ` (${contact.join('; ')})` : ''}`;
}

/** Scholar settings from the environment: base URLs (mirrors, proxies, test servers), keys, contact. */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<ScholarSettings> {
  const baseUrls: Partial<Record<SourceId, string>> = {};
  for (const [source, variable] of Object.entries(URL_VARIABLES) as [SourceId, string][]) {
    const value = env[variable];
    if (value) baseUrls[source] = value;
  }
  return {
    baseUrls: baseUrls as Record<SourceId, string>,
    openalexApiKey: env.CVLENS_OPENALEX_KEY ?? null,
    s2ApiKey: env.CVLENS_S2_KEY ?? null,
    mailto: env.CVLENS_MAILTO ?? null,
    userAgent: userAgent(env.CVLENS_HOMEPAGE ?? null, env.CVLENS_MAILTO ?? null),
  };
}

/**
 * `annotate <file> [--format json|text] [--data DIR]`: the profile with its scholar part, cached
 * in DIR; text is the verdict table a person reads.
 * When no source answered, the JSON is still printed (every publication "unchecked"), with a
 * line on stderr and exit status 3, so a script cannot mistake it for a checked CV. `io` is the
 * network and the clock; tests pass a virtual clock so retry waits cost no real time.
 */
export async function runAnnotate(
  args: CliArgs,
  profile: Profile,
  io: Pick<ScholarDeps, 'fetch' | 'now' | 'sleep'> = { fetch: globalThis.fetch },
): Promise<number> {
  const format = args.format ?? 'json';
  if (format !== 'json' && format !== 'text')
    throw new CliError(`annotate prints json or text, not ${args.format}`);
  const scholar = await lookupScholar(profile, {
    ...io,
    cache: new FileScholarCache(args.data),
    settings: settingsFromEnv(),
  });
  process.stdout.write(
    format === 'json'
      ? `${JSON.stringify({ ...profile, scholar }, null, 2)}\n`
      : `${formatAnnotatedText(profile, scholar)}\n`,
  );
  if (nothingChecked(scholar)) {
    process.stderr.write(`cv-lens: ${NOTHING_CHECKED_TEXT}\n`);
    return EXIT_NOTHING_CHECKED;
  }
  return 0;
}
