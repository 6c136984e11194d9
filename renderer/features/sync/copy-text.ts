/**
 * Put text on the clipboard from a click. A copy command with our own listener needs no
 * clipboard permission (the app grants none), and capturing on window first keeps other copy
 * handlers (the graph's) from putting their selection there instead.
 */
export function copyText(text: string): boolean {
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  window.addEventListener('copy', onCopy, { capture: true });
  try {
    return document.execCommand('copy');
  } finally {
    window.removeEventListener('copy', onCopy, { capture: true });
  }
}
