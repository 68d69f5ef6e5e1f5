// Side-effect free: classes, event classes, types, validators. Importing this registers no tag.
export { SignatoryMap } from './signatory-map/signatory-map.js';
export { CommitmentWheel } from './commitment-wheel/commitment-wheel.js';
export { InitiativeTimeline } from './timeline/timeline.js';
export { IcleiErrorEvent, IcleiLoadEvent, IcleiSelectEvent } from './shared/events.js';
export { TimelineSelectEvent } from './timeline/timeline.events.js';
export type { CommitmentWheelSelectEvent, WheelRecord } from './commitment-wheel/commitment-wheel.events.js';
export { IcleiElement } from './shared/element.js';
export { limits } from './data/load.js';
export { validateCommitments, validateSignatories, validateTimeline } from './data/validate.js';
export type { RecordIssue, Validation } from './data/validate.js';
export type * from './data/types.js';
export type { Lang } from './shared/locale.js';
