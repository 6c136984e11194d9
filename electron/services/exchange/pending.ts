import { LongmaiError } from '../../../shared/ipc/errors.js';
import type { PacketPreview } from '../../../shared/ipc/contract.js';

/** A packet the user is looking at: its bytes stay here until applied, joined or closed. */
export interface PendingPacket {
  token: string;
  bytes: Buffer;
  digest: string;
  fileName: string;
  source: PacketPreview['source'];
  /** The exchange-folder file it came from, if any. */
  itemPath: string | null;
  /** The sender fingerprint the user confirmed, passed on to the import. */
  fingerprint: string | null;
  preview: PacketPreview;
}

/** Only a few previews are open at once; the oldest is forgotten first. */
const MAX_PENDING = 16;

export class PendingPackets {
  private readonly items = new Map<string, PendingPacket>();

  put(packet: PendingPacket): void {
    this.items.delete(packet.token);
    this.items.set(packet.token, packet);
    for (const token of this.items.keys()) {
      if (this.items.size <= MAX_PENDING) break;
      this.items.delete(token);
    }
  }

  get(token: string): PendingPacket {
    const packet = this.items.get(token);
    if (!packet) {
      throw new LongmaiError('E_PACKET_GONE', `no open packet ${token}; open it again`, {
        id: token,
      });
    }
    return packet;
  }

  drop(token: string): boolean {
    return this.items.delete(token);
  }

  clear(): void {
    this.items.clear();
  }
}
