import type { TimelineEvent } from '../data/types.js';
import { IcleiSelectEvent } from '../shared/events.js';

/** `iclei-select` from the timeline: the chosen event (or `null` when its details close) and its documents' ids. */
export class TimelineSelectEvent extends IcleiSelectEvent<TimelineEvent> {
  readonly documents: string[];
  constructor(record: TimelineEvent | null) {
    super(record?.id ?? null, record);
    this.documents = record?.documents.map((d) => d.id) ?? [];
  }
}
