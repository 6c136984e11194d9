import type { ContractHandlers } from '../../shared/ipc/contract.js';
import type { SendEvent } from './events.js';

export interface PacketOpenDeps {
  /** The services' own handlers: the path here comes from the system, not the renderer. */
  handlers: Pick<ContractHandlers, 'sync.openPacket'>;
  send: SendEvent;
  report: (error: unknown, file?: string) => Promise<void>;
}

/**
 * A packet opened from outside the window (double-click, a second launch, macOS open-file,
 * the menu): main previews it and the renderer shows the preview, exactly as for a drop.
 */
export function createPacketOpener(deps: PacketOpenDeps): (file: string) => Promise<void> {
  return async (file) => {
    try {
      const preview = await deps.handlers['sync.openPacket']({ path: file });
      if (preview) deps.send('packet-opened', preview);
    } catch (error) {
      await deps.report(error, file);
    }
  };
}
