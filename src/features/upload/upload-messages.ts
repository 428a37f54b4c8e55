import { fillTemplate } from '../../lib/fill-template.ts';
import type { Lang } from '../../lib/i18n.ts';
import type { ExtractStage, UploadFailureCode } from './extract-protocol.ts';

/** Interface text of the upload panel and the stored-report list. */
const MESSAGES = {
  zh: {
    yourReports: '自己的报告：上传、打开或删除（{count} 份）',
    title: '上传自己的报告',
    description:
      '选择一个 .txt 文件或粘贴报告全文（UTF-8、GBK/GB18030 或 UTF-16，最大 5 MB）。报告只在本浏览器中读取和保存，不会发送到任何地方。',
    file: '选择报告文件（.txt）',
    paste: '或粘贴报告全文',
    pastePlaceholder: '在此粘贴政府工作报告的文字…',
    read: '读取粘贴的文字',
    pastedName: '粘贴的文字.txt',
    working: '正在读取 {name}…',
    progress: '读取进度',
    done: '已添加“{title}”：{count} 项指标。',
    failed: '无法读取 {name}：',
    stored: '本浏览器中的报告',
    storedEmpty: '尚未上传任何报告。',
    open: '打开',
    delete: '删除',
    deleteConfirm: '确定删除“{title}”？此操作无法撤销。',
    deleteYes: '确认删除',
    deleteNo: '取消',
    indicators: '{count} 项指标',
    warnings: '提取提示（{count} 条）：文本中出现但未能理解的内容',
    untitled: '未命名报告',
  },
  en: {
    yourReports: 'Your own reports: upload, open or delete ({count})',
    title: 'Bring your own report',
    description:
      'Choose a .txt file or paste the whole report (UTF-8, GBK/GB18030 or UTF-16, up to 5 MB). It is read and kept in this browser only and sent nowhere.',
    file: 'Choose a report file (.txt)',
    paste: 'Or paste the report text',
    pastePlaceholder: 'Paste the text of a government work report here…',
    read: 'Read the pasted text',
    pastedName: 'pasted-text.txt',
    working: 'Reading {name}…',
    progress: 'Reading progress',
    done: 'Added “{title}”: {count} indicators.',
    failed: 'Could not read {name}:',
    stored: 'Reports in this browser',
    storedEmpty: 'No report uploaded yet.',
    open: 'Open',
    delete: 'Delete',
    deleteConfirm: 'Delete “{title}”? This cannot be undone.',
    deleteYes: 'Delete it',
    deleteNo: 'Cancel',
    indicators: '{count} indicators',
    warnings: 'Extraction notes ({count}): text that was seen but not understood',
    untitled: 'Untitled report',
  },
} as const satisfies Record<Lang, Record<string, string>>;

const STAGES = {
  zh: { decoding: '识别编码', extracting: '提取指标', validating: '校验数据' },
  en: { decoding: 'Decoding', extracting: 'Extracting indicators', validating: 'Validating' },
} as const satisfies Record<Lang, Record<ExtractStage, string>>;

/** What went wrong, said for a reader; the technical detail follows in smaller print. */
const FAILURES = {
  zh: {
    empty: '文件是空的。',
    'too-large': '文件超过 5 MB 的上限。',
    binary: '这不是文本文件（例如图片），请选择 .txt 文本。',
    undecodable: '无法识别文件编码，请保存为 UTF-8、GBK 或 UTF-16 文本。',
    'no-indicators': '在这段文字中没有找到任何指标。它是政府工作报告吗？',
    invalid: '提取结果未通过数据校验。',
    internal: '读取时发生意外错误。',
  },
  en: {
    empty: 'The file is empty.',
    'too-large': 'The file is larger than the 5 MB limit.',
    binary: 'This is not a text file (an image, perhaps). Choose a .txt text.',
    undecodable: 'The encoding is not recognised; save it as UTF-8, GBK or UTF-16 text.',
    'no-indicators': 'No indicator was found in this text. Is it a government work report?',
    invalid: 'The extracted data did not pass validation.',
    internal: 'Something unexpected went wrong while reading.',
  },
} as const satisfies Record<Lang, Record<UploadFailureCode, string>>;

export type UploadMessageKey = keyof (typeof MESSAGES)['zh'];

export function uploadText(
  lang: Lang,
  key: UploadMessageKey,
  params: Record<string, string | number> = {},
): string {
  return fillTemplate(MESSAGES[lang][key], params);
}

export function stageText(lang: Lang, stage: ExtractStage): string {
  return STAGES[lang][stage];
}

export function failureText(lang: Lang, code: UploadFailureCode): string {
  return FAILURES[lang][code];
}
