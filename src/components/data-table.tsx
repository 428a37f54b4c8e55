import { useEffect, useRef, useState } from 'react';
import type { ChartTable } from './chart-environment.ts';

/**
 * A chart's table equivalent behind a disclosure. Its rows are rendered when it is first
 * opened: closed, they show nothing to anyone, and the first chart's (a row per indicator)
 * would be most of the page's first HTML and of the work of hydrating it.
 */
export function TableEquivalent({
  table,
  caption,
  label,
}: {
  table: ChartTable;
  caption: string;
  label: string;
}) {
  const details = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);
  // Opened on the prerendered page before the app ran, it has no toggle left to report.
  useEffect(() => {
    if (details.current?.open) setOpened(true);
  }, []);
  return (
    <details
      ref={details}
      className="table-equivalent"
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{label}</summary>
      {opened ? <DataTable table={table} caption={caption} /> : null}
    </details>
  );
}

/** A chart's table equivalent: the same rows the chart draws, as plain text. */
export function DataTable({ table, caption }: { table: ChartTable; caption: string }) {
  const columns = table.columns.filter((column) => column.only !== 'export');
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col">
                {column.swatch ? (
                  <span
                    className="table-swatch"
                    style={{ color: column.swatch.color }}
                    aria-hidden="true"
                  >
                    {column.swatch.glyph}{' '}
                  </span>
                ) : null}
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              {columns.map((column) => (
                <td key={column.key}>{row[column.key] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
