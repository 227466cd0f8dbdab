import type { Profile } from '../../utils/profile/types';
import { lookupScholar } from '../../utils/scholar/lookup';
import type { ScholarDeps, ScholarSettings, SourceId } from '../../utils/scholar/types';
import { CliError, type CliArgs } from './args';
import { FileScholarCache } from './file-cache';

const URL_VARIABLES: Record<SourceId, string> = {
  openalex: 'CVLENS_OPENALEX_URL',
  dblp: 'CVLENS_DBLP_URL',
  semanticscholar: 'CVLENS_S2_URL',
  orcid: 'CVLENS_ORCID_URL',
  crossref: 'CVLENS_CROSSREF_URL',
};

/** Scholar settings from the environment: base URLs (mirrors, proxies, test servers) and keys. */
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
  };
}

/**
 * `annotate <file> --format json [--data DIR]`: the profile with its scholar part, cached in DIR.
 * `io` is the network and the clock; tests pass a virtual clock so retry waits cost no real time.
 */
export async function runAnnotate(
  args: CliArgs,
  profile: Profile,
  io: Pick<ScholarDeps, 'fetch' | 'now' | 'sleep'> = { fetch: globalThis.fetch },
): Promise<number> {
  if (args.format !== null && args.format !== 'json')
    throw new CliError(`annotate prints json, not ${args.format}`);
  const scholar = await lookupScholar(profile, {
    ...io,
    cache: new FileScholarCache(args.data),
    settings: settingsFromEnv(),
  });
  process.stdout.write(`${JSON.stringify({ ...profile, scholar }, null, 2)}\n`);
  return 0;
}
