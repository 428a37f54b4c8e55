import { fillPlaceholders, messageTranslator } from '../../lib/i18n/i18n.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { StatedYearField } from '../../dataset/stated-years.ts';
import type { StorageProblem } from '../../api/storage-failure.ts';
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
    cancel: '取消读取',
    elapsed: '已用 {seconds} 秒',
    done: '已添加“{title}”：{count} 项指标。',
    failed: '无法读取 {name}：',
    failedExtract: '读取了 {name}，但无法从中提取指标：',
    failedValidate: '{name} 的提取结果未通过校验：',
    unsaved:
      '已读取“{title}”：{count} 项指标，但未能保存在本浏览器中。本次访问中可以查看，关闭或重新加载页面后就没有了。',
    notKept: '未保存，仅限本次访问',
    listFailed: '无法读取本浏览器中保存的报告：',
    uploadedOn: '{date} 上传',
    openNow: '当前打开',
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
    yearsTitle: '这份报告是哪一年的？',
    yearsIntro:
      '从“{name}”的文字中无法确定它回顾的是哪一年、为哪一年设定目标。填写这两个年份，报告会按这些年份重新读取；不填年份也可以保存，但无法区分结果和目标，也不会绘制图表。',
    reviewYear: '回顾年份（上一年的结果）',
    planYear: '计划年份（本年的目标）',
    yearsHint: '只填一个时，另一个取相邻的年份（计划年份 = 回顾年份 + 1）。',
    suggestedReport:
      '建议值，仅供参考：报告中只读到了 {evidence} 年，另一个按相邻年份推算。请核对后再确认。',
    suggestedFileName: '建议值，仅供参考：来自文件名中的“{evidence}”。请核对后再确认。',
    suggestedText:
      '建议值，仅供参考：文中最常一起出现的年份是 {review} 年和 {plan} 年。请核对后再确认。',
    noSuggestion: '没有找到可供参考的年份，请填写。',
    yearsSubmit: '按这些年份重新读取',
    yearsSkip: '不填年份，直接保存',
    yearsMissing: '请至少填写一个年份。',
    yearNotAYear: '{field}须是 1949 到 2100 之间的整数年份。',
    yearOutOfRange: '{field}须在 1949 到 2100 之间。',
    yearOtherOutOfRange: '按{field}推算出的另一个年份超出了 1949 到 2100 的范围。',
    planNotAfterReview: '计划年份必须晚于回顾年份。',
    doneWithYears:
      '已添加“{title}”：{count} 项指标，按你填写的年份（{review} 年结果、{plan} 年目标）读取。',
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
    cancel: 'Cancel',
    elapsed: '{seconds} s so far',
    done: 'Added “{title}”: {count} indicators.',
    failed: 'Could not read {name}:',
    failedExtract: 'Read {name}, but no indicators could be extracted:',
    failedValidate: 'The data extracted from {name} did not pass validation:',
    unsaved:
      'Read “{title}”: {count} indicators, but it could not be kept in this browser. You can view it during this visit; it is gone once the page is closed or reloaded.',
    notKept: 'not kept, this visit only',
    listFailed: 'The reports kept in this browser could not be read:',
    uploadedOn: 'uploaded {date}',
    openNow: 'open now',
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
    yearsTitle: 'Which years is this report about?',
    yearsIntro:
      'The text of “{name}” does not say which year it reviews and which year it sets goals for. Give both years and the report is read again with them. You can also save it without years, but then results and goals cannot be told apart and nothing is charted.',
    reviewYear: 'Review year (the results of last year)',
    planYear: 'Plan year (the goals for this year)',
    yearsHint: 'Give just one and the other is the year next to it (plan year = review year + 1).',
    suggestedReport:
      'Suggested, a guess only: the report states only {evidence}; the other year is the one next to it. Check before you confirm.',
    suggestedFileName:
      'Suggested, a guess only: from “{evidence}” in the file name. Check before you confirm.',
    suggestedText:
      'Suggested, a guess only: the years the text names together most often are {review} and {plan}. Check before you confirm.',
    noSuggestion: 'No year to suggest was found; please enter them.',
    yearsSubmit: 'Read again with these years',
    yearsSkip: 'Save without years',
    yearsMissing: 'Enter at least one of the years.',
    yearNotAYear: 'The {field} must be a whole year from 1949 to 2100.',
    yearOutOfRange: 'The {field} must be between 1949 and 2100.',
    yearOtherOutOfRange: 'The other year, worked out from the {field}, falls outside 1949 to 2100.',
    planNotAfterReview: 'The plan year must be after the review year.',
    doneWithYears:
      'Added “{title}”: {count} indicators, read with the years you gave ({review} results, {plan} goals).',
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
    html: '这是网页（HTML），不是纯文本。请在浏览器中打开后另存为 .txt 文本，或复制全文粘贴到下面。',
    'no-indicators': '在这段文字中没有找到任何指标。它是政府工作报告吗？',
    invalid: '提取结果未通过数据校验。',
    internal: '读取时发生意外错误。',
  },
  en: {
    empty: 'The file is empty.',
    'too-large': 'The file is larger than the 5 MB limit.',
    binary: 'This is not a text file (an image, perhaps). Choose a .txt text.',
    undecodable: 'The encoding is not recognised; save it as UTF-8, GBK or UTF-16 text.',
    html: 'This is a web page (HTML), not plain text. Open it in a browser and save it as a .txt text, or copy its text and paste it below.',
    'no-indicators': 'No indicator was found in this text. Is it a government work report?',
    invalid: 'The extracted data did not pass validation.',
    internal: 'Something unexpected went wrong while reading.',
  },
} as const satisfies Record<Lang, Record<UploadFailureCode, string>>;

/** Which step failed, said in the headline: reading the file, extracting, or validating. */
const FAILURE_HEADLINE: Readonly<Record<UploadFailureCode, UploadMessageKey>> = {
  empty: 'failed',
  'too-large': 'failed',
  binary: 'failed',
  undecodable: 'failed',
  html: 'failed',
  'no-indicators': 'failedExtract',
  internal: 'failedExtract',
  invalid: 'failedValidate',
};

export function failureHeadline(lang: Lang, code: UploadFailureCode, name: string): string {
  return uploadText(lang, FAILURE_HEADLINE[code], { name });
}

/** Why the browser would not keep a report, and what the user can do about it. */
const STORAGE_CAUSES = {
  zh: {
    blocked:
      '原因：本浏览器不允许本站保存数据（例如隐私窗口，或禁用了网站数据）。要保留它，请允许本站保存数据或换用普通窗口，然后重新上传。',
    quota:
      '原因：浏览器的存储空间已满（这份报告约需 {needed}{free}）。要保留它，请删除一些已上传的报告或清理浏览器存储，然后重新上传。',
    version:
      '原因：另一个标签页正在使用本应用较新的版本。请重新加载本页（或关闭其他标签页），然后重新上传。',
    unknown: '原因：浏览器拒绝保存。请重新加载本页后再上传一次。',
    free: '，剩余约 {free}',
  },
  en: {
    blocked:
      'Why: this browser does not let the page store data (a private window, or site data blocked). To keep it, allow site data for this page or use a normal window, then upload it again.',
    quota:
      'Why: the browser’s storage is full (this report needs about {needed}{free}). To keep it, delete some uploaded reports or free browser storage, then upload it again.',
    version:
      'Why: another tab is using a newer version of this app. Reload this page (or close the other tabs), then upload it again.',
    unknown: 'Why: the browser refused to store it. Reload the page and upload it again.',
    free: '; about {free} is left',
  },
} as const satisfies Record<Lang, Record<StorageProblem | 'free', string>>;

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function storageCauseText(
  lang: Lang,
  problem: StorageProblem,
  sizes: { neededBytes: number | null; freeBytes: number | null },
): string {
  const causes = STORAGE_CAUSES[lang];
  const free =
    sizes.freeBytes === null
      ? ''
      : fillPlaceholders(causes.free, { free: formatBytes(sizes.freeBytes) });
  return fillPlaceholders(causes[problem], {
    needed: sizes.neededBytes === null ? '?' : formatBytes(sizes.neededBytes),
    free,
  });
}

/** The field names inside the year messages. */
const YEAR_FIELDS = {
  zh: { reviewYear: '回顾年份', planYear: '计划年份' },
  en: { reviewYear: 'review year', planYear: 'plan year' },
} as const satisfies Record<Lang, Record<StatedYearField, string>>;

export function yearFieldName(lang: Lang, field: StatedYearField): string {
  return YEAR_FIELDS[lang][field];
}

export type UploadMessageKey = keyof (typeof MESSAGES)['zh'];

export const uploadText = messageTranslator<UploadMessageKey>(MESSAGES);

export function stageText(lang: Lang, stage: ExtractStage): string {
  return STAGES[lang][stage];
}

export function failureText(lang: Lang, code: UploadFailureCode): string {
  return FAILURES[lang][code];
}
