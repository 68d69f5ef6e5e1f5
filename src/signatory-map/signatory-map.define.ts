import { define } from '../shared/define.js';
import { SignatoryMap } from './signatory-map.js';

define('iclei-signatory-map', SignatoryMap);

declare global {
  interface HTMLElementTagNameMap {
    'iclei-signatory-map': SignatoryMap;
  }
}
