import { define } from '../shared/define.js';
import { InitiativeTimeline } from './timeline.js';

define('iclei-timeline', InitiativeTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'iclei-timeline': InitiativeTimeline;
  }
}
