import type { ContractHandlers } from '../../../shared/ipc/contract.js';
import type { SyncDesk } from '../exchange/desk.js';
import { settle } from './settle.js';
import { chosenPath, settleAsync } from './sync.js';

type PacketMethods =
  | 'sync.openPacket'
  | 'sync.openDroppedPacket'
  | 'sync.confirmSender'
  | 'sync.applyPacket'
  | 'sync.closePacket'
  | 'sync.join';

/** Opening packets (file, drop), previewing, confirming the sender, applying, joining. */
export function syncPacketHandlers(desk: SyncDesk): Pick<ContractHandlers, PacketMethods> {
  const { packets } = desk;
  return {
    'sync.openPacket': ({ path }) =>
      settleAsync(() => packets.openPath(chosenPath(path, 'packet file'))),
    'sync.openDroppedPacket': ({ fileName, bytesBase64 }) =>
      settleAsync(() => packets.openDropped(fileName, bytesBase64)),
    'sync.confirmSender': ({ token, fingerprint }) =>
      settleAsync(() => packets.confirmSender(token, fingerprint)),
    'sync.applyPacket': ({ token }) => settleAsync(() => packets.apply(token)),
    'sync.closePacket': ({ token }) => settle(() => packets.close(token)),
    'sync.join': ({ token, fingerprint, path }) =>
      settle(() => packets.join(token, fingerprint, chosenPath(path, 'file for the copy'))),
  };
}
