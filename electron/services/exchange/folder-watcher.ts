import fs from 'node:fs';
import path from 'node:path';
import { isPacketFileName } from './names.js';

export interface WatchTiming {
  /** A file counts as complete once its size and time stayed the same this long. */
  settleMs: number;
  /** Look at the whole folder this often, whatever fs.watch reported (it can miss events). */
  rescanMs: number;
}

export const DEFAULT_TIMING: WatchTiming = { settleMs: 1_500, rescanMs: 5_000 };

interface Seen {
  size: number;
  mtimeMs: number;
  since: number;
  delivered: boolean;
}

/**
 * Watches one folder for packet files and reports each once it is complete: a synced folder
 * fills files gradually, so a file is only reported after its size and modification time
 * held still for `settleMs`. fs.watch wakes it early; a periodic rescan catches what it
 * misses (network drives). Timers never keep the process alive.
 */
export class FolderWatcher {
  private readonly seen = new Map<string, Seen>();
  private watcher: fs.FSWatcher | null = null;
  private interval: NodeJS.Timeout | null = null;
  private soon: NodeJS.Timeout | null = null;

  constructor(
    readonly folder: string,
    private readonly timing: WatchTiming,
    private readonly onStable: (files: string[]) => void,
    private readonly now: () => number = Date.now,
  ) {}

  start(): void {
    try {
      this.watcher = fs.watch(this.folder, { persistent: false }, () => this.scanSoon());
      this.watcher.on('error', () => this.stopWatching());
    } catch {
      this.watcher = null;
    }
    this.interval = setInterval(() => this.scan(), this.timing.rescanMs);
    this.interval.unref();
    this.scan();
  }

  stop(): void {
    this.stopWatching();
    if (this.interval) clearInterval(this.interval);
    if (this.soon) clearTimeout(this.soon);
    this.interval = null;
    this.soon = null;
  }

  private stopWatching(): void {
    this.watcher?.close();
    this.watcher = null;
  }

  private scanSoon(): void {
    if (this.soon) return;
    this.soon = setTimeout(() => {
      this.soon = null;
      this.scan();
    }, this.timing.settleMs);
    this.soon.unref();
  }

  /**
   * Look now, and keep looking while files are still settling (a few rounds at most), so a
   * "check now" reports what is complete rather than what happened to be seen before.
   */
  async settle(maxRounds = 5): Promise<void> {
    this.scan();
    for (let round = 0; round < maxRounds && this.settling(); round++) {
      await new Promise((resolve) => setTimeout(resolve, this.timing.settleMs));
      this.scan();
    }
  }

  private settling(): boolean {
    return [...this.seen.values()].some((seen) => !seen.delivered);
  }

  /** One look at the folder; reports the files that just became complete. */
  scan(): void {
    let names: string[];
    try {
      names = fs.readdirSync(this.folder).filter(isPacketFileName);
    } catch {
      return;
    }
    const now = this.now();
    const stable: string[] = [];
    const present = new Set(names);
    for (const name of this.seen.keys()) if (!present.has(name)) this.seen.delete(name);
    for (const name of names) {
      let stat: fs.Stats;
      try {
        stat = fs.statSync(path.join(this.folder, name));
      } catch {
        continue;
      }
      if (!stat.isFile()) continue;
      const before = this.seen.get(name);
      if (!before || before.size !== stat.size || before.mtimeMs !== stat.mtimeMs) {
        this.seen.set(name, {
          size: stat.size,
          mtimeMs: stat.mtimeMs,
          since: now,
          delivered: false,
        });
        this.scanSoon();
        continue;
      }
      if (before.delivered) continue;
      if (now - before.since >= this.timing.settleMs) {
        before.delivered = true;
        stable.push(path.join(this.folder, name));
      } else this.scanSoon();
    }
    if (stable.length > 0) this.onStable(stable);
  }
}
