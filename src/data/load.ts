/** How long a `src` request may take before the element gives up and shows an error. */
export const LOAD_TIMEOUT_MS = 20_000;

export type LoadErrorCode = 'http' | 'network' | 'timeout' | 'json' | 'schema' | 'version' | 'records';

/** Why a dataset could not be used; `params` fill the localized message. */
export class LoadError extends Error {
  constructor(
    readonly code: LoadErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'LoadError';
  }
}

const requests = new Map<string, Promise<unknown>>();

async function request(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(LOAD_TIMEOUT_MS), credentials: 'same-origin' });
  } catch (error) {
    throw new LoadError((error as Error).name === 'TimeoutError' ? 'timeout' : 'network');
  }
  if (!response.ok) throw new LoadError('http', { status: response.status });
  const body = await response.text();
  try {
    return JSON.parse(body);
  } catch {
    throw new LoadError('json');
  }
}

/** Resolves when `signal` aborts: never, unless the caller stops waiting. */
export function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/**
 * The parsed JSON at `src` (relative to the page). Elements asking for the same URL share one request;
 * a failed one is forgotten so that a later element may try again.
 */
export function fetchJson(src: string, signal: AbortSignal): Promise<unknown> {
  const url = new URL(src, document.baseURI).href;
  let pending = requests.get(url);
  if (!pending) {
    pending = request(url);
    requests.set(url, pending);
    pending.catch(() => requests.delete(url));
  }
  return Promise.race([pending, aborted(signal)]);
}
