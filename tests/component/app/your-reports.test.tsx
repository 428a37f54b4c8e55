import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EarlyInputsReplay, noteEarlyInputs } from '../../../src/app/early-inputs.ts';
import { YourReports } from '../../../src/app/your-reports.tsx';
import { storedYunxi as yunxi, storeOnlyYunxi } from '../support/stored-yunxi.ts';
import { renderWithQueries } from '../support/render-with-queries.tsx';

beforeEach(storeOnlyYunxi);

function storedRow(): Element | null {
  return document.querySelector(`[data-stored-report="${yunxi.report.id}"]`);
}

function summary(): HTMLElement {
  return screen.getByText(/^自己的报告/);
}

describe('Your reports', () => {
  it('counts the stored reports while folded, and holds no upload controls until opened', async () => {
    renderWithQueries(<YourReports openId={null} setView={vi.fn()} />);
    await waitFor(() => expect(summary().textContent).toContain('1 份'));
    expect(screen.queryByLabelText('选择报告文件（.txt）')).toBeNull();
    expect(storedRow()).toBeNull();
  });

  it('shows the upload and the stored list when opened, and keeps them when folded again', async () => {
    const user = userEvent.setup();
    renderWithQueries(<YourReports openId={null} setView={vi.fn()} />);
    await user.click(summary());
    expect(await screen.findByLabelText('选择报告文件（.txt）')).toBeInTheDocument();
    await waitFor(() => expect(storedRow()).not.toBeNull());
    await user.click(summary());
    expect(screen.getByLabelText('选择报告文件（.txt）')).toBeInTheDocument();
  });

  it('opens a stored report from the list as a report switch', async () => {
    const user = userEvent.setup();
    const setView = vi.fn();
    renderWithQueries(<YourReports openId={null} setView={setView} />);
    await user.click(summary());
    await waitFor(() => expect(storedRow()).not.toBeNull());
    await user.click(within(storedRow() as HTMLElement).getByRole('button', { name: /^打开/ }));
    expect(setView).toHaveBeenCalledTimes(1);
    // A report switch: the update names the stored report.
    expect(JSON.stringify(setView.mock.calls[0]?.[0])).toContain(yunxi.report.id);
  });

  it('stays open when the reader opened it on the build page the app then replaced', async () => {
    const buildPage = document.createElement('div');
    buildPage.innerHTML =
      '<details class="your-reports" data-name="your-reports" open><summary>自己的报告</summary></details>';
    noteEarlyInputs(buildPage);
    renderWithQueries(
      <>
        <YourReports openId={null} setView={vi.fn()} />
        <EarlyInputsReplay />
      </>,
    );
    expect(await screen.findByLabelText('选择报告文件（.txt）')).toBeInTheDocument();
    expect(document.querySelector<HTMLDetailsElement>('details.your-reports')?.open).toBe(true);
  });
});
