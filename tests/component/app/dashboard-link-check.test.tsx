import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentParams, renderDashboard, serveDataFiles } from '../support/render-dashboard.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The notice that says what the link named and what is shown instead. */
async function linkNotice(name = '链接已更正'): Promise<HTMLElement> {
  return screen.findByRole('status', { name });
}

describe('a link that names what is not there', () => {
  it.each([
    ['an unknown id', 'nowhere-2030', 'nowhere-2030'],
    ['a path', '../../etc/passwd', '../../etc/passwd'],
    ['an encoded path', '%2e%2e%2fetc', '../etc'],
    ['markup', '<b>x</b>', '<b>x</b>'],
  ])(
    'says so for %s, shows the default report and corrects the URL',
    async (_case, raw, shown) => {
      serveDataFiles();
      const { container } = renderDashboard(`?report=${raw}&lang=zh`);
      const notice = await linkNotice();
      expect(notice).toHaveTextContent(`没有报告“${shown}”，显示的是示例市2024年政府工作报告。`);
      expect(await screen.findByRole('heading', { name: '主要指标' })).toBeInTheDocument();
      await waitFor(() => expect(currentParams().has('report')).toBe(false));
      expect(container.querySelector('main b')).toBeNull();
      expect(container.textContent).not.toMatch(/index\.json|data\//);
    },
    15_000,
  );

  it('speaks the page’s language', async () => {
    serveDataFiles();
    renderDashboard('?report=nowhere&lang=en');
    expect(await linkNotice('The link was corrected')).toHaveTextContent(
      'No report “nowhere”; showing Sample City 2024.',
    );
  });

  it('drops unknown sectors, measures, kinds, indicators and compared reports, each with a line', async () => {
    serveDataFiles();
    renderDashboard(
      '?report=fixture-2024&sectors=economy,moon&measure=vibes&kind=wish&indicator=i0-0&compare=fixture-2024,nowhere',
    );
    const notice = await linkNotice();
    await waitFor(() => expect(notice.querySelectorAll('li')).toHaveLength(5));
    expect(notice).toHaveTextContent('没有领域“moon”，已忽略。');
    expect(notice).toHaveTextContent('没有指标类型“vibes”，显示全部类型。');
    expect(notice).toHaveTextContent('没有“wish”这一类，显示结果与目标。');
    expect(notice).toHaveTextContent('这份报告中没有指标“i0-0”。');
    expect(notice).toHaveTextContent('没有报告“nowhere”，已从对比中去掉。');
    await waitFor(() =>
      expect(Object.fromEntries(currentParams())).toEqual({
        report: 'fixture-2024',
        sectors: 'economy',
        compare: 'fixture-2024',
      }),
    );
  });

  it('says nothing for a sound link', async () => {
    serveDataFiles();
    renderDashboard('?report=fixture-2024&sectors=economy');
    expect(await screen.findByRole('heading', { name: '主要指标' })).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: '链接已更正' })).not.toBeInTheDocument();
    expect(currentParams().get('sectors')).toBe('economy');
  });
});
