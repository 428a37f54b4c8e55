/** The local calendar date, YYYY-MM-DD: what a reader expects to see as "exported on". */
export function exportDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
