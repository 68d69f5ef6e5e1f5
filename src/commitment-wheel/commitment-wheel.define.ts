import { define } from '../shared/define.js';
import { CommitmentWheel } from './commitment-wheel.js';

define('iclei-commitment-wheel', CommitmentWheel);

declare global {
  interface HTMLElementTagNameMap {
    'iclei-commitment-wheel': CommitmentWheel;
  }
}
