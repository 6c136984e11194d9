import { useEffect, useRef } from 'react';

export interface CardMenuItem {
  id: string;
  label: string;
  run: () => void;
}

interface CardMenuProps {
  items: readonly CardMenuItem[];
  anchor: DOMRect;
  label: string;
  onClose: () => void;
}

/** A small menu of card actions: arrow keys move, Enter runs, Escape closes. */
export function CardMenu({ items, anchor, label, onClose }: CardMenuProps) {
  const menu = useRef<HTMLUListElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, []);
  const onKeyDown = (event: React.KeyboardEvent) => {
    const buttons = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      buttons[(at + step + buttons.length) % buttons.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };
  return (
    <div className="menu-layer" onClick={onClose} role="presentation">
      <ul
        ref={menu}
        className="menu"
        role="menu"
        aria-label={label}
        data-testid="card-menu"
        style={{ top: anchor.bottom + 4, left: Math.max(8, anchor.right - 220) }}
        onKeyDown={onKeyDown}
        onClick={(event) => event.stopPropagation()}
      >
        {items.map((item) => (
          <li key={item.id} role="none">
            <button
              type="button"
              role="menuitem"
              className="menu__item"
              data-testid={`card-menu-${item.id}`}
              onClick={() => {
                onClose();
                item.run();
              }}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
