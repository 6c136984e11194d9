/** The extension of sync packet files (the file association and the exchange folder use it). */
export const PACKET_EXTENSION = 'longmai-packet';
export const PROJECT_EXTENSION = 'longmai';

/** Characters no file system takes in a name. */
const UNSAFE = /[\\/:*?"<>|]+/g;

/** Control characters (below U+0020) are as unwelcome as the reserved ones. */
function withoutControls(text: string): string {
  return [...text].map((c) => (c.charCodeAt(0) < 0x20 ? '_' : c)).join('');
}

/** A name part that is safe on Windows, macOS and Linux; never empty. */
export function safeNamePart(text: string, fallback: string): string {
  const cleaned = withoutControls(text)
    .replace(UNSAFE, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
  return cleaned.replace(/^\.+/, '') || fallback;
}

function stamp(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 19).replace(/:/g, '')}`;
}

/** e.g. `五轴加工中心 - 洛阳轴承 20260314-093000.longmai-packet`. */
export function packetFileName(projectName: string, partyName: string, nowMs: number): string {
  const project = safeNamePart(projectName, 'project');
  const party = safeNamePart(partyName, 'party');
  return `${project} - ${party} ${stamp(nowMs)}.${PACKET_EXTENSION}`;
}

/** The suggested name of a joined copy: the project and the party it acts for. */
export function replicaFileName(projectName: string, partyName: string): string {
  return `${safeNamePart(projectName, 'project')} (${safeNamePart(partyName, 'party')}).${PROJECT_EXTENSION}`;
}

export function isPacketFileName(name: string): boolean {
  return !name.startsWith('.') && name.toLowerCase().endsWith(`.${PACKET_EXTENSION}`);
}
