import type { Translations } from './locale.js';
import type { SharedKey } from './messages.js';

/** The shared messages in German, French, Spanish and Italian, loaded when one of them is used. */
export const translations: Translations<SharedKey> = {
  de: {
    loading: 'Wird geladen …',
    empty: 'Keine Einträge entsprechen den gewählten Filtern.',
    'error.http': 'Die Daten konnten nicht geladen werden (HTTP {status}).',
    'error.network': 'Die Daten konnten nicht geladen werden: Die Netzwerkanfrage ist fehlgeschlagen.',
    'error.timeout': 'Die Daten konnten nicht geladen werden: Der Server hat nicht rechtzeitig geantwortet.',
    'error.size': 'Die Daten konnten nicht geladen werden: Sie sind größer als {limit} MB.',
    'error.json': 'Die Daten konnten nicht gelesen werden: Sie sind kein gültiges JSON.',
    'error.schema': 'Die Daten haben nicht das erwartete Format.',
    'error.version': 'Diese Version des Datenformats ({version}) wird nicht unterstützt.',
    'error.records': { one: '{count} ungültiger Eintrag wurde ausgelassen.', other: '{count} ungültige Einträge wurden ausgelassen.' },
  },
  fr: {
    loading: 'Chargement…',
    empty: 'Aucun élément ne correspond aux filtres choisis.',
    'error.http': 'Les données n’ont pas pu être chargées (HTTP {status}).',
    'error.network': 'Les données n’ont pas pu être chargées : la requête réseau a échoué.',
    'error.timeout': 'Les données n’ont pas pu être chargées : le serveur n’a pas répondu à temps.',
    'error.size': 'Les données n’ont pas pu être chargées : elles dépassent {limit} Mo.',
    'error.json': 'Les données n’ont pas pu être lues : ce n’est pas du JSON valide.',
    'error.schema': 'Les données n’ont pas le format attendu.',
    'error.version': 'Cette version du format de données ({version}) n’est pas prise en charge.',
    'error.records': { one: '{count} élément non valide a été écarté.', other: '{count} éléments non valides ont été écartés.' },
  },
  es: {
    loading: 'Cargando…',
    empty: 'Ningún elemento coincide con los filtros seleccionados.',
    'error.http': 'No se pudieron cargar los datos (HTTP {status}).',
    'error.network': 'No se pudieron cargar los datos: falló la solicitud de red.',
    'error.timeout': 'No se pudieron cargar los datos: el servidor no respondió a tiempo.',
    'error.size': 'No se pudieron cargar los datos: superan los {limit} MB.',
    'error.json': 'No se pudieron leer los datos: no son JSON válido.',
    'error.schema': 'Los datos no tienen el formato esperado.',
    'error.version': 'Esta versión del formato de datos ({version}) no es compatible.',
    'error.records': { one: 'Se omitió {count} registro no válido.', other: 'Se omitieron {count} registros no válidos.' },
  },
  it: {
    loading: 'Caricamento…',
    empty: 'Nessun elemento corrisponde ai filtri selezionati.',
    'error.http': 'Impossibile caricare i dati (HTTP {status}).',
    'error.network': 'Impossibile caricare i dati: la richiesta di rete non è riuscita.',
    'error.timeout': 'Impossibile caricare i dati: il server non ha risposto in tempo.',
    'error.size': 'Impossibile caricare i dati: superano {limit} MB.',
    'error.json': 'Impossibile leggere i dati: non sono JSON valido.',
    'error.schema': 'I dati non sono nel formato previsto.',
    'error.version': 'Questa versione del formato dei dati ({version}) non è supportata.',
    'error.records': { one: '{count} elemento non valido è stato escluso.', other: '{count} elementi non validi sono stati esclusi.' },
  },
};
