import { describe, expect, it } from 'vitest';
import { searchNames } from '../../../utils/scholar/cv-query';
import { SourceChannel, type RunContext } from '../../../utils/scholar/http';
import { distinctWorks, hIndex, mergedMetrics } from '../../../utils/scholar/metrics';
import { mergedText } from '../../../components/popup/MetricsPanel';
import type { SourceWork } from '../../../utils/scholar/source';
import {
  distinctiveTitle,
  titleRelation,
  titleSimilarity,
  venuesAgree,
} from '../../../utils/scholar/normalise';
import { MemoryScholarCache } from '../../../utils/scholar/cache';
import { SOURCES } from '../../../utils/scholar/lookup';
import { resolveSettings } from '../../../utils/scholar/settings';
import { joinUrl } from '../../../utils/scholar/source-url';
import { SOURCE_IDS, type SourceId } from '../../../utils/model/scholar';
import { virtualClock } from './helpers';

describe('normalisation', () => {
  it('titles: case, punctuation, accents and DBLP\'s final "." do not matter', () => {
    expect(titleSimilarity('Stable ResNet.', 'stable resnet')).toBe(1);
    expect(
      titleSimilarity(
        'On the Impact of the Activation function',
        'On the impact of the activation function on deep NN',
      ),
    ).toBeLessThan(0.9);
    expect(
      titleSimilarity('LoRA+: Efficient Low Rank Adaptation', 'LoRA+ Efficient Low-Rank Adaptation'),
    ).toBeGreaterThan(0.9);
  });

  it('venues: acronyms, full names, DBLP abbreviations; a workshop is not the main track', () => {
    expect(venuesAgree('ICML 2024', 'International Conference on Machine Learning')).toBe(true);
    expect(venuesAgree('TMLR, 2022', 'Trans. Mach. Learn. Res.')).toBe(true);
    expect(venuesAgree('NeurIPS 2021', 'Neural Information Processing Systems')).toBe(true);
    expect(venuesAgree('ICML 2023', 'arXiv (Cornell University)')).toBe(false);
    expect(venuesAgree('ICML 2024 Workshop on Data-Centric Machine Learning Research', 'ICML')).toBe(false);
    expect(venuesAgree('Royal Society Open Science', 'Royal Society Open Science')).toBe(true);
  });

  it('venues from the table: series, long forms, ISO-4, DBLP workshops; look-alikes kept apart', () => {
    const agree: [string, string][] = [
      ['ICML 2022', 'Proceedings of Machine Learning Research'],
      ['AISTATS 2021', 'Proceedings of Machine Learning Research'],
      ['COLT 2020', 'Proceedings of Machine Learning Research'],
      ['COLT', 'Annual Conference Computational Learning Theory'],
      ['UAI 2021', 'Conference on Uncertainty in Artificial Intelligence'],
      ['ACL 2023', 'Annual Meeting of the Association for Computational Linguistics'],
      ['KDD 2022', 'Proceedings of the 28th ACM SIGKDD Conference on Knowledge Discovery and Data Mining'],
      ['Annals of Statistics', 'Ann. Statist.'],
      ['R. Soc. Open Sci.', 'Royal Society Open Science'],
      ['The Annals of Applied Probability', 'Ann. Appl. Probab.'],
      ['ICLR 2024 Workshop on Data-centric Foundation Models (DPFM)', 'DPFM@ICLR'],
      ['Nature', 'Nature'],
      ['J. Am. Stat. Assoc.', 'Journal of the American Statistical Association'],
      ['Neural Comput.', 'Neural Computation'],
      ['SIAM J. Math. Data Sci.', 'SIAM Journal on Mathematics of Data Science'],
      ['Phys. Rev. Lett.', 'Physical Review Letters'],
      ['Proceedings of the 40th International Conference on Machine Learning', 'ICML'],
    ];
    const differ: [string, string][] = [
      ['Nature', 'Nature Communications'],
      ['Nature', 'Nature Machine Intelligence'],
      ['Physical Review Letters', 'Physical Review E'],
      ['Physical Review B', 'Physical Review Letters'],
      ['Journal of Machine Learning Research', 'Machine Learning'],
      ['ICLR 2024 Workshop on Data-centric Foundation Models (DPFM)', 'ME-FoMo@ICLR'],
      ['NeurIPS 2022', 'Proceedings of Machine Learning Research'],
    ];
    for (const [a, b] of agree) expect([a, b, venuesAgree(a, b)]).toEqual([a, b, true]);
    for (const [a, b] of differ) expect([a, b, venuesAgree(a, b)]).toEqual([a, b, false]);
  });

  it('titles: one content word in place of another is another paper', () => {
    expect(titleRelation('A Survey on Federated Learning', 'A Survey on Federated Unlearning')).toBe(
      'different',
    );
    expect(titleRelation('Generalisation in Deep Nets', 'Generalization in deep nets')).toBe('same');
    expect(titleRelation('Pre-training Helps', 'Pretraining helps')).toBe('same');
    expect(
      titleRelation(
        'On the Impact of the Activation Function on Deep Neural Networks Training',
        'On the Impact of the Activation Function on Deep Neural Networks',
      ),
    ).toBe('near');
    expect(distinctiveTitle('Stable ResNet')).toBe(false);
    expect(distinctiveTitle('Width and Depth Limits Commute in Residual Networks')).toBe(true);
  });

  it('search names: one per spelling the APIs fold together, full names first, at most two', () => {
    expect(searchNames(['El Mahdi El Mhamdi', 'El-Mahdi El-Mhamdi'])).toEqual(['El Mahdi El Mhamdi']);
    expect(searchNames(['Hayder Elesedy', 'H. Elesedy', 'Bryn Elesedy'])).toEqual([
      'Hayder Elesedy',
      'Bryn Elesedy',
    ]);
  });

  it('h-index', () => {
    expect(hIndex([10, 8, 5, 4, 3])).toBe(4);
    expect(hIndex([])).toBe(0);
  });

  it('merged metrics: one paper per DOI, then per title, at its highest count; never below a source', () => {
    const work = (source: SourceId, title: string, doi: string | null, citations: number): SourceWork => ({
      source,
      id: `${source}:${title}`,
      title,
      year: 2021,
      venues: [],
      doi,
      url: '',
      citations,
      authors: [],
      authorIds: [],
    });
    const works = [
      work('openalex', 'Stable ResNet', '10.1/a', 40),
      work('crossref', 'Stable ResNet: deep residual networks', '10.1/a', 55), // same DOI, other spelling
      work('dblp', 'Stable ResNet.', null, 0), // no DOI, same title
      work('semanticscholar', 'Robust Pruning at Initialization', null, 12),
    ];
    expect(distinctWorks(works).map((w) => w.citations)).toEqual([55, 12]);
    const openalex = { works: 30, citations: 900, hIndex: 9, i10: 8, firstYear: 2019, latestYear: 2024 };
    const merged = mergedMetrics(works, { openalex }, 2);
    expect(merged).toMatchObject({ works: 30, citations: 900, hIndex: 9, i10: 8 });
    expect(merged.basis).toEqual({
      records: 2,
      works: 2,
      sources: ['openalex', 'dblp', 'semanticscholar', 'crossref'],
    });
    expect(mergedText(merged.basis)).toMatch(
      /^Merged: the 2 distinct works fetched for the candidate \(2 accepted author records/,
    );
    expect(mergedText(null)).toMatch(/older look-up/);
  });

  it('base URLs may carry a path prefix', () => {
    expect(joinUrl('http://127.0.0.1:8080/openalex/', '/works', { filter: 'doi:a|b' })).toBe(
      'http://127.0.0.1:8080/openalex/works?filter=doi%3Aa%7Cb',
    );
  });
});

describe('every source is registered', () => {
  it('has a client with a pace and a cap', () => {
    for (const id of SOURCE_IDS) {
      expect(SOURCES[id].id).toBe(id);
      expect(SOURCES[id].cap).toBeGreaterThan(0);
    }
  });
});

describe('source channel', () => {
  function setup(responses: Response[], interval = 0) {
    const clock = virtualClock();
    const times: number[] = [];
    const ctx: RunContext = {
      fetch: (async () => (times.push(clock.now()), responses.shift() ?? new Response('{}'))) as typeof fetch,
      cache: new MemoryScholarCache(clock.now),
      settings: resolveSettings({}),
      now: clock.now,
      sleep: clock.sleep,
      random: () => 0,
      signal: undefined,
      log: () => undefined,
      sent: 0,
      calls: 0,
      deadline: clock.now() + 30_000,
    };
    return { channel: new SourceChannel('dblp', ctx, interval, 10), times, clock };
  }

  it('honours Retry-After on 429 and then succeeds', async () => {
    const { channel, times } = setup([
      new Response('', { status: 429, headers: { 'retry-after': '7' } }),
      new Response('{"ok":1}', { status: 200 }),
    ]);
    const res = await channel.request({ url: 'https://dblp.org/a', logUrl: 'https://dblp.org/a' });
    expect(res).toMatchObject({ outcome: 'ok', body: { ok: 1 } });
    expect(times[1]! - times[0]!).toBe(7000);
    expect(channel.status()).toBe('ok');
  });

  it('backs off exponentially on 5xx without Retry-After', async () => {
    const { channel, times } = setup([503, 503, 503, 503].map((s) => new Response('', { status: s })));
    const res = await channel.request({ url: 'https://dblp.org/a', logUrl: 'https://dblp.org/a' });
    expect(res.outcome).toBe('error');
    expect(times.slice(1).map((t, i) => t - times[i]!)).toEqual([1000, 2000, 4000]);
  });

  it('gives a source up at its first answer when its Retry-After ends past the deadline', async () => {
    const { channel, times, clock } = setup(
      [503, 503].map((s) => new Response('', { status: s, headers: { 'retry-after': '3600' } })),
    );
    const started = clock.now();
    const res = await channel.request({ url: 'https://dblp.org/a', logUrl: 'https://dblp.org/a' });
    expect(res.outcome).toBe('error');
    expect(times).toHaveLength(1);
    expect(clock.now()).toBe(started);
    expect(channel.failed()).toBe(true);
  });

  it('paces requests through a queue: DBLP asks for 1–2 s between calls', async () => {
    const { channel, times } = setup([], 1500);
    await Promise.all(
      ['a', 'b', 'c'].map((p) =>
        channel.request({ url: `https://dblp.org/${p}`, logUrl: `https://dblp.org/${p}` }),
      ),
    );
    expect(times.slice(1).map((t, i) => t - times[i]!)).toEqual([1500, 1500]);
  });
});
