/** Chart colours, matching the app's tokens (base.css) and the origin badges. */
export const CHART_COLORS = {
  selfSufficiency: '#2451b8',
  processAdoption: '#c2410c',
  domestic: '#27804f',
  import: '#d9822b',
  target: '#5f6b7c',
  grid: '#e4e7ec',
  text: '#5f6b7c',
} as const;

export const CHART_FONT = {
  fontFamily: 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
  fontSize: 11,
  color: CHART_COLORS.text,
} as const;
