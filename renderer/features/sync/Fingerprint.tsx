import { useEffect, useState } from 'react';
import { useT } from '../../i18n/use-t.js';
import { copyText } from './copy-text.js';

const COPIED_MS = 1_800;

/** A fingerprint set large enough to read aloud, with a copy button. */
export function Fingerprint({ value, testId }: { value: string; testId: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_MS);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <span className="fingerprint">
      <code className="fingerprint__value" data-testid={testId}>
        {value}
      </code>
      <button
        type="button"
        className="button button--small"
        data-testid={`${testId}-copy`}
        onClick={() => setCopied(copyText(value))}
      >
        {copied ? t('sync.identity.copied') : t('sync.identity.copy')}
      </button>
    </span>
  );
}
