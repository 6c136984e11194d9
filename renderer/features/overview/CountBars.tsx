export interface CountRow {
  id: string;
  label: string;
  count: number;
  className?: string;
}

/** A labelled list of counts with proportional bars, for the overview's breakdowns. */
export function CountBars({
  title,
  rows,
  testId,
}: {
  title: string;
  rows: CountRow[];
  testId: string;
}) {
  const max = Math.max(1, ...rows.map((row) => row.count));
  return (
    <section className="panel" data-testid={testId}>
      <h2 className="panel__title">{title}</h2>
      <dl className="bars">
        {rows.map((row) => (
          <div className="bars__row" key={row.id} data-row={row.id}>
            <dt className="bars__label">{row.label}</dt>
            <dd className="bars__value">
              <span
                className={`bars__bar ${row.className ?? ''}`}
                style={{ width: `${(row.count / max) * 100}%` }}
              />
              <span className="bars__count">{row.count}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
