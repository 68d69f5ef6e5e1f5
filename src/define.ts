// Registers all three elements (each guarded, so the bundle may load twice).
import './signatory-map/signatory-map.define.js';
import './commitment-wheel/commitment-wheel.define.js';
import './timeline/timeline.define.js';

export * from './index.js';
