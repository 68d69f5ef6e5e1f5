import type { Catalogue } from '../shared/locale.js';

export type MapKey =
  | 'label'
  | 'map'
  | 'summary'
  | 'countries'
  | 'total.more than'
  | 'total.about'
  | 'total.exactly'
  | 'total.none'
  | 'instructions'
  | 'wheel'
  | 'search'
  | 'results'
  | 'noMatch'
  | 'in'
  | 'out'
  | 'reset'
  | 'table'
  | 'more'
  | 'name'
  | 'country'
  | 'documents'
  | 'years'
  | 'sources'
  | 'cluster'
  | 'zoomHint'
  | 'close'
  | 'source'
  | 'undated'
  | 'legend'
  | 'perCountry'
  | 'municipality'
  | 'province'
  | 'region'
  | 'association';

export const mapMessages: Catalogue<MapKey> = {
  en: {
    label: 'Signatories of the Aalborg Charter, the Aalborg Commitments and the Basque Declaration',
    map: 'map',
    summary: { one: '{count} signatory in {countries} shown.', other: '{count} signatories in {countries} shown.' },
    countries: { one: '{count} country', other: '{count} countries' },
    'total.more than': '{document}: more than {count} signatories in all.',
    'total.about': '{document}: about {count} signatories in all.',
    'total.exactly': '{document}: {count} signatories in all.',
    'total.none': '{document}: no total has been published.',
    instructions: 'Arrow keys move between signatories, Enter selects or zooms into a group, plus and minus zoom, Home shows everything, Escape clears the selection.',
    wheel: 'Use Ctrl + scroll to zoom the map',
    search: 'Find a signatory',
    noMatch: 'No match',
    results: { one: '{count} match', other: '{count} matches' },
    in: 'Zoom in',
    out: 'Zoom out',
    reset: 'Show everything',
    table: 'Table',
    more: 'Show {count} more',
    name: 'Name',
    country: 'Country',
    documents: 'Documents',
    years: 'Years',
    sources: 'Sources',
    cluster: { one: '{count} signatory', other: '{count} signatories' },
    zoomHint: 'Enter or click to zoom in',
    close: 'Close',
    source: 'Source: {host}',
    undated: 'year not known',
    legend: 'Documents',
    perCountry: 'Signatories per country',
    municipality: 'municipality',
    province: 'province',
    region: 'region',
    association: 'association',
  },
  de: {
    label: 'Unterzeichner der Charta von Aalborg, der Aalborg Commitments und der Baskischen Erklärung',
    map: 'Karte',
    summary: { one: '{count} Unterzeichner in {countries} gezeigt.', other: '{count} Unterzeichner in {countries} gezeigt.' },
    countries: { one: '{count} Land', other: '{count} Ländern' },
    'total.more than': '{document}: insgesamt mehr als {count} Unterzeichner.',
    'total.about': '{document}: insgesamt etwa {count} Unterzeichner.',
    'total.exactly': '{document}: insgesamt {count} Unterzeichner.',
    'total.none': '{document}: keine Gesamtzahl veröffentlicht.',
    instructions: 'Pfeiltasten wechseln zwischen Unterzeichnern, Eingabe wählt aus oder vergrößert eine Gruppe, Plus und Minus zoomen, Pos1 zeigt alles, Escape hebt die Auswahl auf.',
    wheel: 'Strg + Scrollen zoomt die Karte',
    search: 'Unterzeichner suchen',
    noMatch: 'Kein Treffer',
    results: { one: '{count} Treffer', other: '{count} Treffer' },
    in: 'Vergrößern',
    out: 'Verkleinern',
    reset: 'Alles zeigen',
    table: 'Tabelle',
    more: '{count} weitere zeigen',
    name: 'Name',
    country: 'Land',
    documents: 'Dokumente',
    years: 'Jahre',
    sources: 'Quellen',
    cluster: { one: '{count} Unterzeichner', other: '{count} Unterzeichner' },
    zoomHint: 'Eingabe oder Klick vergrößert',
    close: 'Schließen',
    source: 'Quelle: {host}',
    undated: 'Jahr unbekannt',
    legend: 'Dokumente',
    perCountry: 'Unterzeichner je Land',
    municipality: 'Gemeinde',
    province: 'Provinz',
    region: 'Region',
    association: 'Verband',
  },
  fr: {
    label: 'Signataires de la Charte d’Aalborg, des Engagements d’Aalborg et de la Déclaration basque',
    map: 'carte',
    summary: { one: '{count} signataire dans {countries} affiché.', other: '{count} signataires dans {countries} affichés.' },
    countries: { one: '{count} pays', other: '{count} pays' },
    'total.more than': '{document} : plus de {count} signataires au total.',
    'total.about': '{document} : environ {count} signataires au total.',
    'total.exactly': '{document} : {count} signataires au total.',
    'total.none': '{document} : aucun total publié.',
    instructions: 'Les flèches passent d’un signataire à l’autre, Entrée sélectionne ou agrandit un groupe, plus et moins zooment, Début montre tout, Échap annule la sélection.',
    wheel: 'Ctrl + défilement pour zoomer la carte',
    search: 'Trouver un signataire',
    noMatch: 'Aucun résultat',
    results: { one: '{count} résultat', other: '{count} résultats' },
    in: 'Zoomer',
    out: 'Dézoomer',
    reset: 'Tout afficher',
    table: 'Tableau',
    more: 'Afficher {count} de plus',
    name: 'Nom',
    country: 'Pays',
    documents: 'Documents',
    years: 'Années',
    sources: 'Sources',
    cluster: { one: '{count} signataire', other: '{count} signataires' },
    zoomHint: 'Entrée ou clic pour agrandir',
    close: 'Fermer',
    source: 'Source : {host}',
    undated: 'année inconnue',
    legend: 'Documents',
    perCountry: 'Signataires par pays',
    municipality: 'commune',
    province: 'province',
    region: 'région',
    association: 'association',
  },
  es: {
    label: 'Firmantes de la Carta de Aalborg, los Compromisos de Aalborg y la Declaración Vasca',
    map: 'mapa',
    summary: { one: '{count} firmante en {countries}.', other: '{count} firmantes en {countries}.' },
    countries: { one: '{count} país', other: '{count} países' },
    'total.more than': '{document}: más de {count} firmantes en total.',
    'total.about': '{document}: unos {count} firmantes en total.',
    'total.exactly': '{document}: {count} firmantes en total.',
    'total.none': '{document}: no se ha publicado un total.',
    instructions: 'Las flechas pasan de un firmante a otro, Intro selecciona o amplía un grupo, más y menos hacen zoom, Inicio lo muestra todo, Escape borra la selección.',
    wheel: 'Ctrl + desplazamiento para hacer zoom',
    search: 'Buscar un firmante',
    noMatch: 'Sin resultados',
    results: { one: '{count} resultado', other: '{count} resultados' },
    in: 'Acercar',
    out: 'Alejar',
    reset: 'Mostrar todo',
    table: 'Tabla',
    more: 'Mostrar {count} más',
    name: 'Nombre',
    country: 'País',
    documents: 'Documentos',
    years: 'Años',
    sources: 'Fuentes',
    cluster: { one: '{count} firmante', other: '{count} firmantes' },
    zoomHint: 'Intro o clic para ampliar',
    close: 'Cerrar',
    source: 'Fuente: {host}',
    undated: 'año desconocido',
    legend: 'Documentos',
    perCountry: 'Firmantes por país',
    municipality: 'municipio',
    province: 'provincia',
    region: 'región',
    association: 'asociación',
  },
  it: {
    label: 'Firmatari della Carta di Aalborg, degli Aalborg Commitments e della Dichiarazione Basca',
    map: 'mappa',
    summary: { one: '{count} firmatario in {countries}.', other: '{count} firmatari in {countries}.' },
    countries: { one: '{count} paese', other: '{count} paesi' },
    'total.more than': '{document}: oltre {count} firmatari in tutto.',
    'total.about': '{document}: circa {count} firmatari in tutto.',
    'total.exactly': '{document}: {count} firmatari in tutto.',
    'total.none': '{document}: nessun totale pubblicato.',
    instructions: 'Le frecce passano da un firmatario all’altro, Invio seleziona o ingrandisce un gruppo, più e meno fanno zoom, Home mostra tutto, Esc annulla la selezione.',
    wheel: 'Ctrl + scorrimento per lo zoom',
    search: 'Cerca un firmatario',
    noMatch: 'Nessun risultato',
    results: { one: '{count} risultato', other: '{count} risultati' },
    in: 'Ingrandisci',
    out: 'Riduci',
    reset: 'Mostra tutto',
    table: 'Tabella',
    more: 'Mostra altri {count}',
    name: 'Nome',
    country: 'Paese',
    documents: 'Documenti',
    years: 'Anni',
    sources: 'Fonti',
    cluster: { one: '{count} firmatario', other: '{count} firmatari' },
    zoomHint: 'Invio o clic per ingrandire',
    close: 'Chiudi',
    source: 'Fonte: {host}',
    undated: 'anno sconosciuto',
    legend: 'Documenti',
    perCountry: 'Firmatari per paese',
    municipality: 'comune',
    province: 'provincia',
    region: 'regione',
    association: 'associazione',
  },
};
