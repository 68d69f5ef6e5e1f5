import type { Catalogue, Messages, Translations } from './locale.js';

/** Messages every element uses: the load, error and empty states. */
export type SharedKey =
  | 'loading'
  | 'empty'
  | 'error.http'
  | 'error.network'
  | 'error.timeout'
  | 'error.size'
  | 'error.json'
  | 'error.schema'
  | 'error.version'
  | 'error.records';

const english: Messages<SharedKey> = {
  loading: 'Loading…',
  empty: 'Nothing matches the current filters.',
  'error.http': 'The data could not be loaded (HTTP {status}).',
  'error.network': 'The data could not be loaded: the network request failed.',
  'error.timeout': 'The data could not be loaded: the server did not answer in time.',
  'error.size': 'The data could not be loaded: it is larger than {limit} MB.',
  'error.json': 'The data could not be read: it is not valid JSON.',
  'error.schema': 'The data is not in the expected format.',
  'error.version': 'This data format version ({version}) is not supported.',
  'error.records': { one: '{count} record was left out because it is invalid.', other: '{count} records were left out because they are invalid.' },
};

/**
 * An element's catalogue: the shared messages with its own. English ships with the element; the other
 * languages, shared and own, load in parallel when one of them is first used.
 */
export function catalogueOf<K extends string>(
  own: Messages<K>,
  translations: () => Promise<{ translations: Translations<K> }>,
): Catalogue<SharedKey | K> {
  return {
    en: { ...english, ...own },
    translations: () =>
      Promise.all([import('./messages.i18n.js'), translations()]).then(([shared, element]) => {
        const all = {} as Translations<SharedKey | K>;
        for (const lang of ['de', 'fr', 'es', 'it'] as const) all[lang] = { ...shared.translations[lang], ...element.translations[lang] };
        return all;
      }),
  };
}
