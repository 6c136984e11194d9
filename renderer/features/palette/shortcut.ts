/** A parsed shortcut such as `mod+shift+z`. */
export interface Shortcut {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

export function parseShortcut(text: string): Shortcut {
  const parts = text.toLowerCase().split('+');
  const key = parts.pop() ?? '';
  return {
    mod: parts.includes('mod'),
    shift: parts.includes('shift'),
    alt: parts.includes('alt'),
    key: key === 'plus' ? '+' : key,
  };
}

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Letters and named keys compare Shift exactly; a symbol such as `?` already implies it. */
export function matchesShortcut(event: KeyLike, shortcut: Shortcut, isMac: boolean): boolean {
  const key = event.key.toLowerCase();
  if (key !== shortcut.key) return false;
  const mod = isMac ? event.metaKey : event.ctrlKey;
  const otherMod = isMac ? event.ctrlKey : event.metaKey;
  if (mod !== shortcut.mod || otherMod || event.altKey !== shortcut.alt) return false;
  const symbol = shortcut.key.length === 1 && !/[a-z0-9]/.test(shortcut.key);
  return symbol || event.shiftKey === shortcut.shift;
}

const KEY_NAMES: Readonly<Record<string, string>> = {
  arrowleft: '←',
  arrowright: '→',
  arrowup: '↑',
  arrowdown: '↓',
  escape: 'Esc',
  delete: 'Del',
  backspace: '⌫',
  enter: '↵',
};

/** How a shortcut is printed: ⌘⇧Z on macOS, Ctrl+Shift+Z elsewhere. */
export function formatShortcut(text: string, isMac: boolean): string {
  const { mod, shift, alt, key } = parseShortcut(text);
  const name = KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  if (isMac) return `${mod ? '⌘' : ''}${alt ? '⌥' : ''}${shift ? '⇧' : ''}${name}`;
  return [mod ? 'Ctrl' : '', alt ? 'Alt' : '', shift ? 'Shift' : '', name]
    .filter(Boolean)
    .join('+');
}

export function isMacPlatform(): boolean {
  return /mac/i.test(navigator.platform);
}
