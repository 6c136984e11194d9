import type { EventName, EventPayloads } from '../../shared/ipc/events.js';
import { EVENT_CHANNEL_PREFIX } from '../../shared/ipc/events.js';

export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, payload: unknown): void;
}

export type SendEvent = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

export function eventChannel(event: EventName): string {
  return EVENT_CHANNEL_PREFIX + event;
}

/** A typed push to the renderer; dropped quietly when there is no window to receive it. */
export function createEventSender(target: () => EventTarget | null): SendEvent {
  return (event, payload) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(eventChannel(event), payload);
  };
}
