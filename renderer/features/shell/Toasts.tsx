import { useEffect } from 'react';
import { useT } from '../../i18n/use-t.js';
import { selectToasts } from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import type { Toast } from '../../store/types.js';

/** Errors stay long enough to read a cycle's names; notices go sooner. */
const LIFETIME_MS = { error: 15_000, warning: 10_000, info: 5_000 } as const;

function ToastItem({ toast }: { toast: Toast }) {
  const t = useT();
  const store = useAppStoreApi();
  useEffect(() => {
    const timer = window.setTimeout(
      () => store.getState().dismissToast(toast.id),
      LIFETIME_MS[toast.tone],
    );
    return () => window.clearTimeout(timer);
  }, [store, toast.id, toast.tone]);

  return (
    <li
      className={`toast toast--${toast.tone}`}
      role={toast.tone === 'error' ? 'alert' : 'status'}
      data-testid="toast"
      data-tone={toast.tone}
      data-message-key={toast.key}
    >
      <span className="toast__text" data-testid="toast-text">
        {t(toast.key, toast.params)}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label={t('toast.dismiss')}
        title={t('toast.dismiss')}
        data-testid="toast-dismiss"
        onClick={() => store.getState().dismissToast(toast.id)}
      >
        ×
      </button>
    </li>
  );
}

/** Messages in the user's language, rendered from catalog keys so a language switch applies. */
export function Toasts() {
  const t = useT();
  const toasts = useAppStore(selectToasts);
  return (
    <section className="toasts" aria-label={t('toast.region')} data-testid="toasts">
      <ul className="toasts__list">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} />
        ))}
      </ul>
    </section>
  );
}
