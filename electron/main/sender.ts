import { isRendererUrl, type RendererLocation } from './renderer-location.js';

/** The parts of an IPC event the sender check reads (Electron's event satisfies this). */
export interface SenderFrameLike {
  url: string;
  parent: SenderFrameLike | null;
}
export interface IpcSenderEvent {
  sender: { id: number };
  senderFrame: SenderFrameLike | null;
}

export type SenderCheck = (event: IpcSenderEvent) => boolean;

/**
 * Trust a call only from the top frame of our one window showing our renderer page. A frame
 * that navigated or was destroyed has no senderFrame and is refused too.
 */
export function createSenderCheck(
  ourContentsId: () => number | null,
  location: RendererLocation,
): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (frame === null || frame.parent !== null) return false;
    const id = ourContentsId();
    if (id === null || event.sender.id !== id) return false;
    return isRendererUrl(location, frame.url);
  };
}
