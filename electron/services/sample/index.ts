import type { NewProjectOptions } from '../types.js';

export { addSampleContent, SAMPLE_NODES } from './build.js';
export { SAMPLE_LINKS } from './links.js';
export { SAMPLE_PARTIES } from './parties.js';

/** What the app's "Open Sample" creates in the user-data folder. */
export const SAMPLE_PROJECT: NewProjectOptions = {
  name: '五轴数控加工中心（示例项目）',
  makerName: '衡岳数控机床股份有限公司',
  homeCountry: 'CN',
  sample: true,
};
