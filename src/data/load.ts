/**
 * Limits on loading `src`: how long a request may take before the element shows an error, and the
 * largest response accepted (a larger one is refused, never parsed). A page may change them.
 */
export const limits = { timeoutMs: 20_000, maxBytes: 20 * 1024 * 1024 };

export type LoadErrorCode = 'http' | 'network' | 'timeout' | 'size' | 'json' | 'schema' | 'version' | 'records';

/** Why a dataset could not be used; `params` fill the localized message. */
export class LoadError extends Error {
  constructor(
    readonly code: LoadErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'LoadError';
  }
}

const requests = new Map<string, Promise<unknown>>();

/** The body as text, refusing it as soon as it grows past the limit. */
async function readCapped(response: Response): Promise<string> {
  const tooLarge = () => new LoadError('size', { limit: limits.maxBytes / 1024 / 1024 });
  if (Number(response.headers.get('content-length')) > limits.maxBytes) throw tooLarge();
  const reader = response.body!.getReader();
  // Decoded as the chunks arrive: no copy of the whole body into one buffer.
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > limits.maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    text += decoder.decode(read.value, { stream: true });
  }
  return text + decoder.decode();
}

async function request(url: string): Promise<unknown> {
  let body: string;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(limits.timeoutMs), credentials: 'same-origin' });
    if (!response.ok) throw new LoadError('http', { status: response.status });
    body = await readCapped(response);
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw new LoadError((error as Error).name === 'TimeoutError' ? 'timeout' : 'network');
  }
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
