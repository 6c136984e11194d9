import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  width: number;
  height: number;
  /** Absent: let the system centre the window. */
  x?: number;
  y?: number;
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };

/** A window must show at least this much of itself on some display to count as visible. */
const MIN_VISIBLE = 64;
const coordinate = z.number().int().min(-100_000).max(100_000);

const windowStateSchema = z
  .object({
    width: z.number().int().min(MIN_WINDOW_SIZE.width).max(100_000),
    height: z.number().int().min(MIN_WINDOW_SIZE.height).max(100_000),
    x: coordinate.optional(),
    y: coordinate.optional(),
    maximized: z.boolean(),
  })
  .refine((state) => (state.x === undefined) === (state.y === undefined));

/** The saved state, or null when it is missing, not JSON, or not a plausible window. */
export function parseWindowState(text: string): WindowState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = windowStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Keeps a remembered window on a display that still exists (a monitor may have been unplugged
 * since): too large shrinks to the work area, off-screen drops the position so it is centred.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return state;
  const placed =
    state.x === undefined || state.y === undefined
      ? undefined
      : { x: state.x, y: state.y, width: state.width, height: state.height };
  const home = placed
    ? workAreas.find((area) => {
        const shared = overlap(placed, area);
        return shared.width >= MIN_VISIBLE && shared.height >= MIN_VISIBLE;
      })
    : undefined;
  const area = home ?? primary;
  const width = Math.min(state.width, area.width);
  const height = Math.min(state.height, area.height);
  if (!placed || !home) return { width, height, maximized: state.maximized };
  return {
    width,
    height,
    x: Math.min(Math.max(placed.x, area.x), area.x + area.width - width),
    y: Math.min(Math.max(placed.y, area.y), area.y + area.height - height),
    maximized: state.maximized,
  };
}

/** Never throws: a missing or damaged file just means the default size. */
export function readWindowState(file: string): WindowState {
  try {
    return parseWindowState(fs.readFileSync(file, 'utf8')) ?? DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/** Written beside the target then renamed, so a crash mid-write leaves the old state intact. */
export function writeWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  fs.renameSync(temporary, file);
}
