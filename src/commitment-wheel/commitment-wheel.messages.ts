import { mergeCatalogues, type Catalogue } from '../shared/locale.js';
import { sharedMessages } from '../shared/messages.js';

type WheelKey =
  | 'name'
  | 'themes'
  | 'commitments'
  | 'theme'
  | 'commitment'
  | 'item.theme'
  | 'item.commitment'
  | 'hint'
  | 'open'
  | 'back'
  | 'source'
  | 'part-of'
  | 'opened'
  | 'closed'
  | 'legend'
  | 'prompt'
  | 'description'
  | 'data';

const messages: Catalogue<WheelKey> = {
  en: {
    name: 'The Aalborg Commitments',
    themes: { one: '{count} theme', other: '{count} themes' },
    commitments: { one: '{count} commitment', other: '{count} commitments' },
    theme: 'Theme {number}',
    commitment: 'Commitment {id}',
    'item.theme': 'Theme {number}: {title}',
    'item.commitment': '{id}: {title}',
    hint: 'Left and right arrow keys move around a ring, down and up move between the themes and their commitments, Enter selects; Enter on a selected theme opens it, Escape goes back.',
    open: { one: 'Show its commitment', other: 'Show its {count} commitments' },
    back: 'All themes',
    source: 'Source',
    'part-of': 'Part of theme {number}: {title}',
    opened: { one: 'Theme {number} opened: {count} commitment.', other: 'Theme {number} opened: {count} commitments.' },
    closed: 'All themes shown.',
    legend: 'Themes',
    prompt: 'Select a theme or a commitment in the wheel to read about it.',
    description: '{name}: {counts}. The themes: {list}.',
    data: 'Data:',
  },
  de: {
    name: 'Die Aalborg Commitments',
    themes: { one: '{count} Thema', other: '{count} Themen' },
    commitments: { one: '{count} Verpflichtung', other: '{count} Verpflichtungen' },
    theme: 'Thema {number}',
    commitment: 'Verpflichtung {id}',
    'item.theme': 'Thema {number}: {title}',
    'item.commitment': '{id}: {title}',
    hint: 'Pfeiltasten links und rechts bewegen sich im Ring, nach unten und oben zwischen den Themen und ihren Verpflichtungen; Eingabe wählt aus, Eingabe auf einem gewählten Thema öffnet es, Escape geht zurück.',
    open: { one: 'Seine Verpflichtung zeigen', other: 'Seine {count} Verpflichtungen zeigen' },
    back: 'Alle Themen',
    source: 'Quelle',
    'part-of': 'Teil von Thema {number}: {title}',
    opened: { one: 'Thema {number} geöffnet: {count} Verpflichtung.', other: 'Thema {number} geöffnet: {count} Verpflichtungen.' },
    closed: 'Alle Themen werden gezeigt.',
    legend: 'Themen',
    prompt: 'Wählen Sie im Rad ein Thema oder eine Verpflichtung, um mehr darüber zu lesen.',
    description: '{name}: {counts}. Die Themen: {list}.',
    data: 'Daten:',
  },
  fr: {
    name: 'Les Engagements d’Aalborg',
    themes: { one: '{count} thème', other: '{count} thèmes' },
    commitments: { one: '{count} engagement', other: '{count} engagements' },
    theme: 'Thème {number}',
    commitment: 'Engagement {id}',
    'item.theme': 'Thème {number} : {title}',
    'item.commitment': '{id} : {title}',
    hint: 'Les flèches gauche et droite parcourent un anneau, bas et haut passent des thèmes à leurs engagements ; Entrée sélectionne, Entrée sur un thème sélectionné l’ouvre, Échap revient en arrière.',
    open: { one: 'Afficher son engagement', other: 'Afficher ses {count} engagements' },
    back: 'Tous les thèmes',
    source: 'Source',
    'part-of': 'Fait partie du thème {number} : {title}',
    opened: { one: 'Thème {number} ouvert : {count} engagement.', other: 'Thème {number} ouvert : {count} engagements.' },
    closed: 'Tous les thèmes sont affichés.',
    legend: 'Thèmes',
    prompt: 'Sélectionnez un thème ou un engagement dans la roue pour en savoir plus.',
    description: '{name} : {counts}. Les thèmes : {list}.',
    data: 'Données :',
  },
  es: {
    name: 'Los Compromisos de Aalborg',
    themes: { one: '{count} tema', other: '{count} temas' },
    commitments: { one: '{count} compromiso', other: '{count} compromisos' },
    theme: 'Tema {number}',
    commitment: 'Compromiso {id}',
    'item.theme': 'Tema {number}: {title}',
    'item.commitment': '{id}: {title}',
    hint: 'Las flechas izquierda y derecha recorren un anillo, abajo y arriba pasan de los temas a sus compromisos; Intro selecciona, Intro sobre un tema seleccionado lo abre, Escape vuelve atrás.',
    open: { one: 'Mostrar su compromiso', other: 'Mostrar sus {count} compromisos' },
    back: 'Todos los temas',
    source: 'Fuente',
    'part-of': 'Parte del tema {number}: {title}',
    opened: { one: 'Tema {number} abierto: {count} compromiso.', other: 'Tema {number} abierto: {count} compromisos.' },
    closed: 'Se muestran todos los temas.',
    legend: 'Temas',
    prompt: 'Seleccione un tema o un compromiso en la rueda para leer sobre él.',
    description: '{name}: {counts}. Los temas: {list}.',
    data: 'Datos:',
  },
  it: {
    name: 'Gli Impegni di Aalborg',
    themes: { one: '{count} tema', other: '{count} temi' },
    commitments: { one: '{count} impegno', other: '{count} impegni' },
    theme: 'Tema {number}',
    commitment: 'Impegno {id}',
    'item.theme': 'Tema {number}: {title}',
    'item.commitment': '{id}: {title}',
    hint: 'Le frecce sinistra e destra percorrono un anello, giù e su passano dai temi ai loro impegni; Invio seleziona, Invio su un tema selezionato lo apre, Esc torna indietro.',
    open: { one: 'Mostra il suo impegno', other: 'Mostra i suoi {count} impegni' },
    back: 'Tutti i temi',
    source: 'Fonte',
    'part-of': 'Parte del tema {number}: {title}',
    opened: { one: 'Tema {number} aperto: {count} impegno.', other: 'Tema {number} aperto: {count} impegni.' },
    closed: 'Sono mostrati tutti i temi.',
    legend: 'Temi',
    prompt: 'Seleziona un tema o un impegno nella ruota per saperne di più.',
    description: '{name}: {counts}. I temi: {list}.',
    data: 'Dati:',
  },
};

/** The wheel's messages with the shared ones. */
export const wheelMessages = mergeCatalogues(sharedMessages, messages);
export type WheelMessageKey = WheelKey;
