import { mergeCatalogues, type Catalogue } from '../shared/locale.js';
import { sharedMessages, type SharedKey } from '../shared/messages.js';

export type TimelineKey =
  | 'label'
  | 'summary'
  | 'period'
  | 'count.conference'
  | 'count.milestone'
  | 'kind.conference'
  | 'kind.milestone'
  | 'conference'
  | 'legend'
  | 'legend.approximate'
  | 'today'
  | 'events'
  | 'hint'
  | 'zoom'
  | 'zoom.in'
  | 'zoom.out'
  | 'zoom.fit'
  | 'close'
  | 'when'
  | 'where'
  | 'documents'
  | 'sources';

const timelineMessages: Catalogue<TimelineKey> = {
  en: {
    label: 'European Sustainable Cities & Towns conferences and milestones',
    summary: { one: 'One event, {period}: {parts}.', other: '{count} events, {period}: {parts}.' },
    period: '{from} to {to}',
    'count.conference': { one: 'one conference', other: '{count} conferences' },
    'count.milestone': { one: 'one milestone', other: '{count} milestones' },
    'kind.conference': 'Conference',
    'kind.milestone': 'Milestone',
    conference: 'Conference {number}',
    legend: 'Legend',
    'legend.approximate': 'Date known to the month or year',
    today: 'Today',
    events: 'Events in time order',
    hint: 'Arrow keys move between events, Enter shows the details, Escape closes them.',
    zoom: 'Zoom',
    'zoom.in': 'Zoom in',
    'zoom.out': 'Zoom out',
    'zoom.fit': 'Show the whole period',
    close: 'Close details',
    when: 'Date',
    where: 'Place',
    documents: 'Outcome documents',
    sources: 'Sources',
  },
  de: {
    label: 'Europäische Konferenzen zu nachhaltigen Städten und Gemeinden und Meilensteine',
    summary: { one: 'Ein Ereignis, {period}: {parts}.', other: '{count} Ereignisse, {period}: {parts}.' },
    period: '{from} bis {to}',
    'count.conference': { one: 'eine Konferenz', other: '{count} Konferenzen' },
    'count.milestone': { one: 'ein Meilenstein', other: '{count} Meilensteine' },
    'kind.conference': 'Konferenz',
    'kind.milestone': 'Meilenstein',
    conference: 'Konferenz {number}',
    legend: 'Legende',
    'legend.approximate': 'Datum auf Monat oder Jahr genau',
    today: 'Heute',
    events: 'Ereignisse in zeitlicher Reihenfolge',
    hint: 'Mit den Pfeiltasten zwischen Ereignissen wechseln, mit Enter Details zeigen, mit Escape schließen.',
    zoom: 'Zoom',
    'zoom.in': 'Vergrößern',
    'zoom.out': 'Verkleinern',
    'zoom.fit': 'Ganzen Zeitraum zeigen',
    close: 'Details schließen',
    when: 'Datum',
    where: 'Ort',
    documents: 'Abschlussdokumente',
    sources: 'Quellen',
  },
  fr: {
    label: 'Conférences européennes des villes durables et étapes clés',
    summary: { one: 'Un événement, {period} : {parts}.', other: '{count} événements, {period} : {parts}.' },
    period: 'de {from} à {to}',
    'count.conference': { one: 'une conférence', other: '{count} conférences' },
    'count.milestone': { one: 'une étape clé', other: '{count} étapes clés' },
    'kind.conference': 'Conférence',
    'kind.milestone': 'Étape clé',
    conference: 'Conférence {number}',
    legend: 'Légende',
    'legend.approximate': 'Date connue au mois ou à l’année près',
    today: 'Aujourd’hui',
    events: 'Événements par ordre chronologique',
    hint: 'Les flèches passent d’un événement à l’autre, Entrée affiche les détails, Échap les ferme.',
    zoom: 'Zoom',
    'zoom.in': 'Zoom avant',
    'zoom.out': 'Zoom arrière',
    'zoom.fit': 'Afficher toute la période',
    close: 'Fermer les détails',
    when: 'Date',
    where: 'Lieu',
    documents: 'Documents adoptés',
    sources: 'Sources',
  },
  es: {
    label: 'Conferencias europeas de ciudades y pueblos sostenibles e hitos',
    summary: { one: 'Un evento, {period}: {parts}.', other: '{count} eventos, {period}: {parts}.' },
    period: 'de {from} a {to}',
    'count.conference': { one: 'una conferencia', other: '{count} conferencias' },
    'count.milestone': { one: 'un hito', other: '{count} hitos' },
    'kind.conference': 'Conferencia',
    'kind.milestone': 'Hito',
    conference: 'Conferencia {number}',
    legend: 'Leyenda',
    'legend.approximate': 'Fecha conocida solo por mes o año',
    today: 'Hoy',
    events: 'Eventos en orden cronológico',
    hint: 'Las flechas pasan de un evento a otro, Intro muestra los detalles y Escape los cierra.',
    zoom: 'Zoom',
    'zoom.in': 'Acercar',
    'zoom.out': 'Alejar',
    'zoom.fit': 'Mostrar todo el periodo',
    close: 'Cerrar los detalles',
    when: 'Fecha',
    where: 'Lugar',
    documents: 'Documentos aprobados',
    sources: 'Fuentes',
  },
  it: {
    label: 'Conferenze europee delle città sostenibili e tappe fondamentali',
    summary: { one: 'Un evento, {period}: {parts}.', other: '{count} eventi, {period}: {parts}.' },
    period: 'dal {from} al {to}',
    'count.conference': { one: 'una conferenza', other: '{count} conferenze' },
    'count.milestone': { one: 'una tappa', other: '{count} tappe' },
    'kind.conference': 'Conferenza',
    'kind.milestone': 'Tappa',
    conference: 'Conferenza {number}',
    legend: 'Legenda',
    'legend.approximate': 'Data nota solo al mese o all’anno',
    today: 'Oggi',
    events: 'Eventi in ordine cronologico',
    hint: 'Le frecce passano da un evento all’altro, Invio mostra i dettagli, Esc li chiude.',
    zoom: 'Zoom',
    'zoom.in': 'Ingrandisci',
    'zoom.out': 'Riduci',
    'zoom.fit': 'Mostra l’intero periodo',
    close: 'Chiudi i dettagli',
    when: 'Data',
    where: 'Luogo',
    documents: 'Documenti approvati',
    sources: 'Fonti',
  },
};

/** The shared messages and the timeline's own, in the five UI languages. */
export const catalogue = mergeCatalogues(sharedMessages, timelineMessages);
export type MessageKey = SharedKey | TimelineKey;
