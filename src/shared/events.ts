import type { RecordIssue } from '../data/validate.js';

const init: EventInit = { bubbles: true, composed: true };

/** The user chose an item: its `id` and the record. */
export class IcleiSelectEvent<R = unknown> extends Event {
  static readonly type = 'iclei-select';
  constructor(
    readonly id: string | null,
    readonly record: R | null,
  ) {
    super(IcleiSelectEvent.type, init);
  }
}

/** Data loaded and drawn: `count` is the number of items drawn after filters. */
export class IcleiLoadEvent extends Event {
  static readonly type = 'iclei-load';
  constructor(readonly count: number) {
    super(IcleiLoadEvent.type, init);
  }
}

/** Data failed to load or validate; `issues` lists the records left out. */
export class IcleiErrorEvent extends Event {
  static readonly type = 'iclei-error';
  constructor(
    readonly message: string,
    readonly code: string,
    readonly issues: RecordIssue[] = [],
  ) {
    super(IcleiErrorEvent.type, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iclei-select': IcleiSelectEvent;
    'iclei-load': IcleiLoadEvent;
    'iclei-error': IcleiErrorEvent;
  }
}
