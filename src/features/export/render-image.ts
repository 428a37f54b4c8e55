/**
 * The export image drawn off screen from the option `export-image.ts` builds: PNG from a
 * canvas chart (ECharts' canvas renderer answers `getDataURL({type:'svg'})` with a PNG, and the
 * SVG renderer answers 'png' with SVG, so each format has its own renderer), SVG as real vectors
 * from the SVG renderer's server-side mode. An off-screen chart leaves the live one untouched:
 * no flicker, no lost hover state, and no race with a resize.
 *
 * Reach this module through a dynamic import: it pulls in ECharts.
 */
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { echarts } from '../../lib/echarts.ts';
import { EXPORT_PALETTES } from './export-image.ts';
import type { ColorMode, EChartsTheme, ExportPalette, ExportSize } from './export-image.ts';
import { fail, succeed } from './export-result.ts';
import type { ExportResult } from './export-result.ts';

const RGB = /^rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,/\s]+([\d.]+%?))?\s*\)$/;

/** True for an `rgb()`/`rgba()` colour with no transparency (what getComputedStyle returns). */
export function isOpaqueRgb(color: string): boolean {
  const match = RGB.exec(color.trim());
  if (!match) return false;
  const alpha = match[4];
  if (alpha === undefined) return true;
  return alpha.endsWith('%') ? Number(alpha.slice(0, -1)) >= 100 : Number(alpha) >= 1;
}

/**
 * The palette of the page the chart sits on: the first opaque background up the tree from the
 * chart and the chart's text colour, falling back to the theme's defaults. Colours in other
 * syntaxes (oklch…) fall back too, because ECharts cannot parse them.
 */
export function paletteFromPage(element: Element | null, mode: ColorMode): ExportPalette {
  const fallback = EXPORT_PALETTES[mode];
  if (!element || typeof getComputedStyle !== 'function') return fallback;
  let background: string | null = null;
  for (let node: Element | null = element; node && !background; node = node.parentElement) {
    const color = getComputedStyle(node).backgroundColor;
    if (isOpaqueRgb(color)) background = color;
  }
  const text = getComputedStyle(element).color;
  return {
    background: background ?? fallback.background,
    text: isOpaqueRgb(text) ? text : fallback.text,
    muted: fallback.muted,
  };
}

function dataUrlToBlob(url: string): Blob | null {
  const match = /^data:([^;,]+);base64,(.*)$/s.exec(url);
  if (!match?.[1] || match[2] === undefined) return null;
  // Decoded by hand: a Content-Security-Policy may forbid fetch('data:…').
  const binary = atob(match[2]);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: match[1] });
}

function canvasAvailable(): boolean {
  if (typeof document === 'undefined') return false;
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

/**
 * A PNG of `option` at twice `size`, on `background`. Drawn by an off-screen canvas chart of the
 * same CSS size as the one on screen, so the layout matches and only the pixel density doubles.
 */
export function renderPng(
  option: EChartsCoreOption,
  theme: EChartsTheme,
  size: ExportSize,
  background: string,
): ExportResult<Blob> {
  if (!canvasAvailable()) return fail('canvas-unavailable');
  const host = document.createElement('div');
  let chart: EChartsType | null = null;
  try {
    chart = echarts.init(host, theme ?? null, {
      renderer: 'canvas',
      width: size.width,
      height: size.height,
      devicePixelRatio: 1,
    });
    chart.setOption(option);
    const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background });
    const blob = dataUrlToBlob(url);
    return blob?.type === 'image/png' ? succeed(blob) : fail('render-failed', 'not a PNG');
  } catch (error) {
    return fail('render-failed', error);
  } finally {
    chart?.dispose();
  }
}

/** `option` as an SVG document of real vectors, from ECharts' server-side SVG renderer. */
export function renderSvg(
  option: EChartsCoreOption,
  theme: EChartsTheme,
  size: ExportSize,
): ExportResult<string> {
  let chart: EChartsType | null = null;
  try {
    chart = echarts.init(null, theme ?? null, {
      renderer: 'svg',
      ssr: true,
      width: size.width,
      height: size.height,
    });
    chart.setOption(option);
    const svg = chart.renderToSVGString();
    return svg.startsWith('<svg') ? succeed(svg) : fail('render-failed', 'not an SVG');
  } catch (error) {
    return fail('render-failed', error);
  } finally {
    chart?.dispose();
  }
}
