import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  deleteStoredDataset,
  listStoredReports,
  saveStoredDataset,
} from '../../../../src/api/report-store.ts';
import attainment from '../../../../public/data/attainment.json';
import index from '../../../../public/data/index.json';
import zhongguo2022 from '../../../../public/data/zhongguo-2022.json';
import zhongguo2023 from '../../../../public/data/zhongguo-2023.json';
import { makeCompareDataset } from '../../../fixtures/make-compare-dataset.ts';
import { parseCsv } from '../../../support/parse-csv.ts';
import { captureDownloads, downloadedText } from '../../support/capture-downloads.ts';
import { seriousAxeViolations } from '../../support/serious-axe-violations.ts';
import { currentParams, renderDashboard, serveDataFiles } from '../../support/render-dashboard.tsx';

/**
 * The ledger view against the committed library: the rule and the filters in the URL, verdicts
 * that follow the rule, a figure that opens its sentence, an upload that joins, and the
 * filtered download.
 */

const FILES = {
  'index.json': index,
  'attainment.json': attainment,
  'zhongguo-2022.json': zhongguo2022,
  'zhongguo-2023.json': zhongguo2023,
};

const downloads = captureDownloads();

beforeEach(async () => {
  for (const { id } of await listStoredReports()) await deleteStoredDataset(id);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function ledgerTable(): HTMLElement {
  return screen.getByRole('table', { name: /^台账$|^Ledger$/ });
}

/** The table row of one place × subject × year (growth unless said), e.g. 全国 gdp 2022. */
function row(place: string, subject: string, year: number, measure = 'growth'): HTMLElement {
  const found = ledgerTable().querySelector<HTMLElement>(
    `tr[data-ledger-row="${place}|${subject}|${measure}|${year}"]`,
  );
  if (!found) throw new Error(`no ledger row ${place} ${subject} ${year}`);
  return found;
}

async function openLedger(search = '?view=ledger') {
  serveDataFiles(FILES);
  const user = userEvent.setup();
  const rendered = renderDashboard(search);
  await screen.findByRole('heading', { level: 2, name: /目标达成台账|Attainment ledger/ });
  return { user, ...rendered };
}

// Whole-app renders of a large table: slower than the 5 s default on a busy machine.
/** The text of the sentence the source view marks as the selected number's. */
function selectedSentence(source: HTMLElement): string {
  return Array.from(source.querySelectorAll('.source-text .in-sentence'))
    .map((element) => element.textContent)
    .join('');
}

describe('the ledger view', { timeout: 30_000 }, () => {
  it('opens from the header switch and keeps the view in the URL', async () => {
    serveDataFiles(FILES);
    const user = userEvent.setup();
    renderDashboard('?report=zhongguo-2022');
    await user.click(await screen.findByRole('button', { name: '目标达成台账' }));
    expect(currentParams().get('view')).toBe('ledger');
    expect(await screen.findByRole('heading', { level: 2, name: '目标达成台账' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: '单份报告' }));
    expect(currentParams().get('view')).toBeNull();
  });

  it('shows both values as written, the gap in 百分点 and the verdict under the strict rule', async () => {
    await openLedger('?view=ledger&subject=gdp');
    const nation2022 = row('全国', 'gdp', 2022);
    expect(nation2022).toHaveTextContent('5.5%左右');
    expect(nation2022).toHaveTextContent('3%');
    expect(nation2022).toHaveTextContent('-2.5 个百分点');
    expect(nation2022).toHaveAttribute('data-verdict', 'missed');
    expect(row('全国', 'gdp', 2020)).toHaveAttribute('data-verdict', 'no-target');
    expect(row('全国', 'gdp', 2025)).toHaveAttribute('data-verdict', 'awaiting');
    expect(row('上海市', 'gdp', 2022)).toHaveAttribute('data-verdict', 'not-reported');
    expect(row('上海市', 'gdp', 2023)).toHaveTextContent('5.5%以上');
    expect(row('上海市', 'gdp', 2023)).toHaveAttribute('data-verdict', 'missed');
  });

  it('turns a 左右 miss into met with a tolerance as large as the miss, and back when strict', async () => {
    const { user } = await openLedger('?view=ledger&subject=gdp');
    await user.click(screen.getByRole('radio', { name: '允许误差' }));
    expect(currentParams().get('tol')).toBe('0.5');
    // 5.5%左右 → 3% is 2.5 short: still missed at 0.5, met at 2.5.
    expect(row('全国', 'gdp', 2022)).toHaveAttribute('data-verdict', 'missed');
    const field = screen.getByRole('spinbutton', { name: '误差（百分点）' });
    await user.clear(field);
    await user.type(field, '2.5');
    expect(currentParams().get('tol')).toBe('2.5');
    await waitFor(() => expect(row('全国', 'gdp', 2022)).toHaveAttribute('data-verdict', 'met'));
    // A 以上 goal is not loosened: Shanghai 2023 5.5%以上 → 5% stays missed.
    expect(row('上海市', 'gdp', 2023)).toHaveAttribute('data-verdict', 'missed');
    await user.click(screen.getByRole('radio', { name: '严格：达到目标值才算达成' }));
    expect(currentParams().get('tol')).toBeNull();
    expect(row('全国', 'gdp', 2022)).toHaveAttribute('data-verdict', 'missed');
  });

  it('reads the rule and the filters from a shared link', async () => {
    await openLedger('?view=ledger&tol=2.5&place=全国&subject=gdp&verdict=met&lang=en');
    expect(screen.getByRole('radio', { name: 'With a tolerance' })).toBeChecked();
    const rows = within(ledgerTable()).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const tableRow of rows) {
      expect(tableRow).toHaveAttribute('data-verdict', 'met');
      expect(tableRow).toHaveTextContent(/^China/);
    }
    expect(row('全国', 'gdp', 2022)).toHaveTextContent('met');
  });

  it('filters by verdict and says so when nothing is left', async () => {
    const { user } = await openLedger('?view=ledger&subject=gdp');
    await user.selectOptions(screen.getByRole('combobox', { name: '结论' }), 'missed');
    expect(currentParams().get('verdict')).toBe('missed');
    const verdicts = within(ledgerTable())
      .getAllByRole('row')
      .slice(1)
      .map((tableRow) => tableRow.getAttribute('data-verdict'));
    expect(new Set(verdicts)).toEqual(new Set(['missed']));
    await user.selectOptions(screen.getByRole('combobox', { name: '地区' }), '北海市');
    expect(screen.getByText('没有符合筛选条件的台账行。')).toBeInTheDocument();
  });

  it('opens a goal’s sentence and then its result’s in the report’s source view', async () => {
    const { user } = await openLedger('?view=ledger&subject=gdp');
    await user.click(
      within(row('全国', 'gdp', 2022)).getByRole('link', {
        name: /全国2022年.*生产总值目标：5\.5%左右/,
      }),
    );
    expect(currentParams().get('view')).toBeNull();
    expect(currentParams().get('report')).toBe('zhongguo-2022');
    const source = await screen.findByRole('complementary', { name: '原文' });
    // The highlighted number is the goal's, inside its sentence (the text loads with the panel).
    await waitFor(() =>
      expect(source.querySelector('mark.num-highlight')).toHaveTextContent(/^5\.5%?$/),
    );
    expect(selectedSentence(source)).toContain('国内生产总值增长5.5%左右');

    window.history.back();
    await screen.findByRole('heading', { level: 2, name: '目标达成台账' });
    await user.click(
      within(row('全国', 'gdp', 2022)).getByRole('link', { name: /全国2022年.*生产总值结果：3%/ }),
    );
    expect(currentParams().get('report')).toBe('zhongguo-2023');
    const result = await screen.findByRole('complementary', { name: '原文' });
    await waitFor(() =>
      expect(result.querySelector('mark.num-highlight')).toHaveTextContent(/^3%?$/),
    );
    expect(selectedSentence(result)).toContain('全年国内生产总值增长3%');
  });

  it('joins an uploaded national 2026 report: the 2025 row gets its result', async () => {
    await saveStoredDataset(
      makeCompareDataset('upload-china-2026', '全国', { review: 2025, plan: 2026 }, [
        { zh: '国内生产总值', kind: 'actual', year: 2025, value: 5 },
      ]),
      1,
    );
    await openLedger('?view=ledger&subject=gdp');
    const nation2025 = await waitFor(() => {
      const found = row('全国', 'gdp', 2025);
      expect(found).toHaveAttribute('data-verdict', 'met');
      return found;
    });
    expect(nation2025).toHaveTextContent('5%左右');
    expect(nation2025).toHaveTextContent('0 个百分点');
    expect(screen.getByText(/已并入本地上传的报告/)).toHaveTextContent('全国2026年政府工作报告');
  });

  it('downloads the ledger as the table shows it: filtered, under the current rule', async () => {
    const { user } = await openLedger('?view=ledger&subject=gdp&tol=2.5');
    await user.click(screen.getByRole('button', { name: '按当前筛选和规则下载台账（CSV）' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toBe('attainment-filtered-gdp-tol-2-5.csv');
    const text = await downloadedText(downloads[0]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...lines] = parseCsv(text);
    const column = (name: string) => header!.indexOf(name);
    expect(lines.length).toBe(within(ledgerTable()).getAllByRole('row').length - 1);
    expect(new Set(lines.map((line) => line[column('subject_key')]))).toEqual(new Set(['gdp']));
    const nation2022 = lines.find(
      (line) => line[column('place_zh')] === '全国' && line[column('target_year')] === '2022',
    );
    expect(nation2022?.[column('verdict')]).toBe('met');
    expect(nation2022?.[column('gap')]).toBe('-2.5');
  });

  it('shows headline subjects only until the other goals are asked for', async () => {
    const { user } = await openLedger('?view=ledger&place=北京市');
    const headline = within(ledgerTable()).getAllByRole('row').length;
    await user.click(screen.getByRole('checkbox', { name: /包括其他目标/ }));
    expect(currentParams().get('subjects')).toBe('all');
    const all = within(ledgerTable()).getAllByRole('row').length;
    expect(all).toBeGreaterThan(headline);
    expect(row('北京市', 'gdp', 2026)).toHaveAttribute('data-verdict', 'awaiting');
  });

  it('has no serious or critical accessibility violations', async () => {
    await openLedger('?view=ledger&subject=gdp');
    const ledger = screen.getByRole('region', { name: '目标达成台账' });
    expect(await seriousAxeViolations(ledger)).toEqual([]);
  });

  it('groups the picker by place, the nation’s years in order', async () => {
    await openLedger('?view=ledger&subject=gdp');
    const picker = screen.getByRole('combobox', { name: '报告' });
    await waitFor(() => expect(picker).not.toBeDisabled());
    const groups = [...picker.querySelectorAll('optgroup')];
    expect(groups.map((group) => group.label).slice(0, 2)).toEqual(['全国', '上海市']);
    expect([...groups[0]!.querySelectorAll('option')].map((option) => option.textContent)).toEqual(
      ['2019', '2020', '2021', '2022', '2023', '2024', '2025'].map((year) => `全国 ${year}年`),
    );
    expect(groups.at(-1)?.label).toBe('北海市');
  });

  it('links the full files and the codebook', async () => {
    await openLedger('?view=ledger&subject=gdp');
    expect(screen.getByRole('link', { name: /corpus\.csv/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/data\/corpus\.csv$/),
    );
    expect(screen.getByRole('link', { name: /attainment\.csv/ })).toHaveAttribute('download');
    expect(screen.getByRole('link', { name: /CODEBOOK\.md/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/data\/CODEBOOK\.md$/),
    );
  });
});
