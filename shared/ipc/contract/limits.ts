// Caps the renderer checks before it calls, kept apart from the schemas so that importing
// them does not build every schema at start-up.

/** A paste is capped so one clipboard can never stall the file for long. */
export const MAX_PASTE_NODES = 20_000;
export const MAX_PASTE_EDGES = 60_000;
/** Packets dropped on the window travel as base64; bigger ones are opened from the menu. */
export const MAX_DROPPED_PACKET_BYTES = 64 * 1024 * 1024;
