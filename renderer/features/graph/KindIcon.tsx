import type { NeedKind } from '../../../shared/model/index.js';

/** One small line drawing per need kind, inline so the app needs no icon font. */
const PATHS: Readonly<Record<NeedKind, string>> = {
  // A machine frame with its control panel.
  system: 'M2 3h12v10H2z M4 5h5v6H4z M11 5h1.5 M11 7.5h1.5 M11 10h1.5',
  // Stacked assemblies.
  subsystem: 'M8 2l6 3-6 3-6-3z M2 8l6 3 6-3 M2 11l6 3 6-3',
  // A bearing: outer ring, inner ring, balls between.
  component:
    'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13z M8 5a3 3 0 1 0 0 6a3 3 0 1 0 0-6z M8 2.9v.2 M8 12.9v.2 M2.9 8h.2 M12.9 8h.2',
  // An ingot.
  material: 'M1.5 11.5l2-5h9l2 5z M3.5 6.5l1.5-2.5h6l1.5 2.5',
  // A flame: heat treatment, coating, machining processes.
  process:
    'M8 14.5c-3 0-4.5-2-4.5-4.3C3.5 7 7 5.5 6.5 1.5c3 1.5 6 4.5 6 8.3 0 2.7-1.8 4.7-4.5 4.7z',
  // A gauge dial: test, metrology, standards.
  tech_foundation: 'M2 11a6 6 0 1 1 12 0 M8 11l3-4 M4 11h.01 M12 11h.01 M8 5v.01',
};

export function KindIcon({ kind }: { kind: NeedKind }) {
  return (
    <svg
      className="kind-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[kind]} />
    </svg>
  );
}
