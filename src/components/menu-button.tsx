import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

export interface MenuItem<K extends string> {
  key: K;
  label: string;
}

/**
 * `classPrefix` names the root; the button, the list and each item get `-button`, `-list` and
 * `-item` after it, so a feature styles its menu without this component knowing the look.
 * `onOpen` runs as the menu opens (a feature may start loading what its items need), and
 * `children` render after the list, inside the root (a status line, say).
 */
export interface MenuButtonProps<K extends string> {
  label: string;
  ariaLabel: string;
  items: readonly MenuItem<K>[];
  onSelect: (key: K) => void;
  onOpen?: () => void;
  classPrefix: string;
  children?: ReactNode;
}

/**
 * A menu button (WAI-ARIA menu button pattern): Enter, Space or ArrowDown open it on the first
 * item, ArrowUp on the last; arrows, Home and End move; Escape closes it and returns focus to
 * the button; Tab or a click outside closes it.
 */
export function MenuButton<K extends string>({
  label,
  ariaLabel,
  items,
  onSelect,
  onOpen,
  classPrefix,
  children,
}: MenuButtonProps<K>) {
  const buttonId = useId();
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const [open, setOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const [alignStart, setAlignStart] = useState(false);

  useEffect(() => {
    if (open) itemRefs.current[focusIndex]?.focus();
  }, [open, focusIndex]);

  // The list opens leftwards under the button (which sits at the right of a card header);
  // where that would leave the card, as when the button wraps under the title on a phone, it
  // opens rightwards.
  useLayoutEffect(() => {
    const root = rootRef.current;
    const list = root?.querySelector('[role="menu"]');
    if (!open || !root || !list) return;
    const edge = (root.closest('section') ?? document.body).getBoundingClientRect().left;
    if (list.getBoundingClientRect().left < edge) setAlignStart(true);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const openAt = (index: number) => {
    onOpen?.();
    setAlignStart(false);
    setFocusIndex(index);
    setOpen(true);
  };

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const select = (key: K) => {
    close();
    onSelect(key);
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(items.length - 1);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = items.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: focusIndex === last ? 0 : focusIndex + 1,
      ArrowUp: focusIndex === 0 ? last : focusIndex - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      setFocusIndex(next);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  const listClass = `${classPrefix}-list`;
  return (
    <div className={classPrefix} ref={rootRef}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className={`button small ${classPrefix}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={ariaLabel}
        onClick={() => (open ? setOpen(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        {label}
      </button>
      {open ? (
        <div
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className={alignStart ? `${listClass} align-start` : listClass}
          onKeyDown={onMenuKeyDown}
        >
          {items.map((item, index) => (
            <button
              key={item.key}
              ref={(element) => {
                itemRefs.current[index] = element;
              }}
              type="button"
              role="menuitem"
              tabIndex={index === focusIndex ? 0 : -1}
              className={`${classPrefix}-item`}
              data-item={item.key}
              onClick={() => select(item.key)}
            >
              {item.label}
            </button>
          ))}
        </div>
      ) : null}
      {children}
    </div>
  );
}
