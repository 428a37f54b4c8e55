import type { ChartTable } from './chart-environment.ts';

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
