/** What pdf-view.html is opened with: ?tab=ID&url=ENCODED. */
export interface ViewParams {
  tabId: number;
  url: string;
}

export function parseViewParams(search: string): ViewParams | null {
  const params = new URLSearchParams(search);
  const tab = params.get('tab') ?? '';
  const url = params.get('url') ?? '';
  if (!/^\d{1,10}$/.test(tab) || !/^(?:https?|file):/i.test(url)) return null;
  return { tabId: Number(tab), url };
}

/** The page's address for one tab's PDF; the popup builds it, the page parses it back. */
export function viewPath(tabId: number, url: string): `/pdf-view.html?${string}` {
  return `/pdf-view.html?tab=${tabId}&url=${encodeURIComponent(url)}`;
}

/** "elesedy.pdf" from ".../cv/elesedy.pdf?download=1"; the whole URL when it has no file name. */
export function fileNameOf(url: string): string {
  try {
    const { pathname } = new URL(url);
    const last = pathname.split('/').filter(Boolean).pop();
    return last ? decodeURIComponent(last) : url;
  } catch {
    return url;
  }
}
