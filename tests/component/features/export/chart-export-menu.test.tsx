import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsOption } from 'echarts';
import type { EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartExportMenu } from '../../../../src/features/export/chart-export-menu.tsx';
import type { ChartExportSource } from '../../../../src/components/chart-environment.ts';
import type { ReportMeta } from '../../../../src/dataset/dataset-schema.ts';
import { parseCsv } from '../../../support/parse-csv.ts';
import { captureDownloads, downloadedText } from '../../support/capture-downloads.ts';

echarts.use([BarChart, GridComponent, LegendComponent, SVGRenderer]);

const report: ReportMeta = {
  id: 'beihai-2024',
  title: '2024年北海市政府工作报告',
  region: { zh: '北海市', en: 'Beihai' },
  reviewYear: 2023,
  planYear: 2024,
  yearsFrom: 'heading',
  source: { file: 'beihai-2024.txt', sha256: 'a'.repeat(64), chars: 100 },
};

const option: EChartsOption = {
  animation: false,
  legend: { data: ['2023年结果', '2024年目标'] },
  grid: { left: 8, right: 40, top: 40, bottom: 24, containLabel: true },
  xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
  yAxis: { type: 'category', data: ['地区生产总值', '外贸进出口'] },
  series: [
    { name: '2023年结果', type: 'bar', data: [5.8, -3.2] },
    { name: '2024年目标', type: 'bar', data: [5.5, 5] },
  ],
};

const table = {
  columns: [
    { key: 'subject', label: '指标' },
    { key: 'result', label: '2023年结果' },
    { key: 'goal', label: '2024年目标' },
  ],
  rows: [
    { subject: '地区生产总值', result: '5.8%', goal: '≥5.5%' },
    { subject: '外贸进出口', result: '-3.2%', goal: '5%' },
  ],
};

const downloads = captureDownloads();
const charts: EChartsType[] = [];

afterEach(() => {
  for (const chart of charts.splice(0)) {
    chart.getDom().remove();
    chart.dispose();
  }
});

function mountChart(): EChartsType {
  const host = document.createElement('div');
  document.body.append(host);
  const chart = echarts.init(host, null, { renderer: 'svg', width: 600, height: 300 });
  chart.setOption(option);
  charts.push(chart);
  return chart;
}

function source(instance: EChartsType | null): ChartExportSource {
  return {
    chartId: 'growth-main',
    title: '增长：2023年结果与2024年目标',
    description: '每行一个指标。',
    option,
    table,
    getInstance: () => instance,
    getSize: () =>
      instance
        ? { width: instance.getWidth(), height: instance.getHeight() }
        : { width: 0, height: 0 },
  };
}

const fixedNow = () => new Date(2026, 10, 26, 10, 0);

function renderMenu(lang: 'zh' | 'en', instance: EChartsType | null = mountChart()) {
  return render(
    <ChartExportMenu
      source={source(instance)}
      lang={lang}
      mode="light"
      reports={[report]}
      sectors={['trade', 'economy']}
      now={fixedNow}
    />,
  );
}

async function choose(user: ReturnType<typeof userEvent.setup>, button: RegExp, item: RegExp) {
  await user.click(screen.getByRole('button', { name: button }));
  await user.click(screen.getByRole('menuitem', { name: item }));
}

describe('the export menu', () => {
  it.each([
    ['en', /^Export/, [/PNG/, /SVG/, /CSV/, /JSON/, /Copy image/]],
    ['zh', /^导出/, [/PNG/, /SVG/, /CSV/, /JSON/, /复制图片/]],
  ] as const)('names the button and every format in %s', async (lang, button, items) => {
    const user = userEvent.setup();
    renderMenu(lang);
    const trigger = screen.getByRole('button', { name: button });
    expect(trigger).toHaveAttribute('aria-haspopup', 'menu');
    expect(trigger).toHaveAccessibleName(expect.stringContaining('增长：2023年结果与2024年目标'));
    await user.click(trigger);
    const menu = screen.getByRole('menu');
    const names = within(menu)
      .getAllByRole('menuitem')
      .map((item) => item.textContent ?? '');
    expect(names).toHaveLength(items.length);
    items.forEach((pattern, index) => expect(names[index]).toMatch(pattern));
  });

  it('works from the keyboard: open, move with arrows, Home/End, close with Escape', async () => {
    const user = userEvent.setup();
    renderMenu('en');
    const trigger = screen.getByRole('button', { name: /^Export/ });
    await user.tab();
    expect(trigger).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('menuitem', { name: /^Download PNG/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: /SVG/ })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: /Copy image/ })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('menuitem', { name: /^Download PNG/ })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: /Copy image/ })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(trigger).toHaveFocus();

    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: /Copy image/ })).toHaveFocus();
    await user.keyboard('{Escape}');
    await user.keyboard(' ');
    expect(screen.getByRole('menuitem', { name: /^Download PNG/ })).toHaveFocus();
  });

  it('downloads the chart as SVG vectors with its title, filters and source, chosen by keyboard', async () => {
    const user = userEvent.setup();
    renderMenu('zh');
    await user.click(screen.getByRole('button', { name: /^导出/ }));
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(downloads).toHaveLength(1));
    const [download] = downloads;
    expect(download?.name).toBe('beihai-2024-growth-main-economy-trade.svg');
    expect(download?.blob.type).toBe('image/svg+xml;charset=utf-8');
    const svg = (await download?.blob.text()) ?? '';
    // As wide as the chart, taller by the subtitle, key and footer it adds.
    const height = Number(
      /^<\?xml[^>]*\?>\n<svg[^>]+width="600"[^>]+height="(\d+)"/.exec(svg)?.[1],
    );
    expect(height).toBeGreaterThan(300);
    expect(svg).toContain('每行一个指标。');
    expect(svg).toContain('增长：2023年结果与2024年目标');
    expect(svg).toContain('领域：经济总量、外贸与开放');
    expect(svg).toContain('单位：%');
    expect(svg).toContain('来源：2024年北海市政府工作报告 · 导出于 2026-11-26');
    expect(svg.match(/<path /g)?.length ?? 0).toBeGreaterThanOrEqual(4);
    expect(await screen.findByRole('status')).toHaveTextContent(
      '已下载 SVG：beihai-2024-growth-main-economy-trade.svg',
    );
  });

  it('downloads CSV with a BOM, a header and one row per data point', async () => {
    const user = userEvent.setup();
    renderMenu('en');
    await choose(user, /^Export/, /CSV/);
    await waitFor(() => expect(downloads).toHaveLength(1));
    const csvBytes = new Uint8Array(await (downloads[0]?.blob ?? new Blob()).arrayBuffer());
    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(await downloadedText(downloads[0]));
    expect(rows).toEqual([
      ['指标', '2023年结果', '2024年目标'],
      ['地区生产总值', '5.8%', '≥5.5%'],
      ['外贸进出口', '-3.2%', '5%'],
    ]);
    expect(downloads[0]?.name).toBe('beihai-2024-growth-main-economy-trade.csv');
  });

  it('downloads JSON of the rows with the report and filters', async () => {
    const user = userEvent.setup();
    renderMenu('en');
    await choose(user, /^Export/, /JSON/);
    await waitFor(() => expect(downloads).toHaveLength(1));
    const parsed = JSON.parse((await downloads[0]?.blob.text()) ?? '') as {
      reports: { id: string }[];
      sectors: string[];
      rows: unknown[];
    };
    expect(parsed.reports.map((entry) => entry.id)).toEqual(['beihai-2024']);
    expect(parsed.sectors).toEqual(['economy', 'trade']);
    expect(parsed.rows).toHaveLength(2);
  });

  it('tells the user when PNG or Copy image cannot work (jsdom has no canvas, no clipboard)', async () => {
    const user = userEvent.setup();
    renderMenu('en');
    await choose(user, /^Export/, /^Download PNG/);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Export failed: this browser cannot draw the image.',
    );
    await choose(user, /^Export/, /Copy image/);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Copy failed: this browser cannot copy images.',
      ),
    );
    expect(downloads).toHaveLength(0);
  });

  it('says so when the chart has not been drawn yet', async () => {
    const user = userEvent.setup();
    renderMenu('zh', null);
    await choose(user, /^导出/, /SVG/);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '导出失败：图表尚未绘制完成，请重试。',
    );
  });
});
