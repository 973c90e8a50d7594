/**
 * Fetch a generated data file by a URL relative to the page (never `/…`: the site runs under
 * any sub-path). Rejects with a message a reader can act on.
 */
export async function loadJson<T>(url: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    throw new Error(`无法读取 ${url}（网络错误）`);
  }
  if (!res.ok) throw new Error(`无法读取 ${url}（HTTP ${res.status}）`);
  try {
    return (await res.json()) as T;
  } catch {
    throw new Error(`${url} 不是有效的 JSON`);
  }
}

/** URL of a report's JSON, relative to the page. */
export function reportUrl(id: string): string {
  return `./data/reports/${encodeURIComponent(id)}.json`;
}
