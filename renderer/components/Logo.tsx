/** The app mark: a vein running through a square, drawn inline (no image files to load). */
export function Logo() {
  return (
    <svg className="logo" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
      <rect x="1" y="1" width="22" height="22" rx="5" className="logo__tile" />
      <path d="M5 16c3 0 3-8 7-8s4 8 7 8" className="logo__vein" />
      <circle cx="5" cy="16" r="1.6" className="logo__dot" />
      <circle cx="19" cy="16" r="1.6" className="logo__dot" />
    </svg>
  );
}
