/**
 * Options-page strings for the reader's own rules for sites (`rules.*`): the list, turning a rule
 * off, renaming, deleting, "test on the open tab", export and import.
 */
import type { Message, Messages } from './types';

export const en = {
  'rules.title': 'Your rules for sites',
  'rules.intro':
    'Blocks you told Saaf to remove on a site, kept on this computer only. Saaf removes them on that site’s other pages too, before it reads the page.',
  'rules.none': 'No rules yet. Rules you keep from the reader, or import, are listed here.',
  'rules.path': 'only pages under {path}',
  'rules.name': 'Name',
  'rules.on': 'On',
  'rules.kind.selector': 'Blocks labelled {what}',
  'rules.kind.structure': 'Lists shaped {what}',
  'rules.kind.text': 'Short text “{what}”',
  'rules.kind.region': 'The story is always in {what}',
  'rules.example': 'Example: {text}',
  'rules.meta': { one: 'Made {date}; removed something once', other: 'Made {date}; removed something {n} times' },
  'rules.test': 'Test on the open tab',
  'rules.delete': 'Delete',
  'rules.deleted': 'Deleted the rule “{name}”.',
  'rules.testing': 'Testing on the open tab…',
  'rules.tested': { one: 'On the open tab ({url}) it matches {n} block.', other: 'On the open tab ({url}) it matches {n} blocks.' },
  'rules.testedStory': 'Careful: there it would also remove story text. Turn it off or delete it if the story loses text.',
  'rules.testedNoArticle': 'Saaf finds no article on that tab, so it cannot tell whether the rule touches the story.',
  'rules.noTab': 'No open tab of {site}. Open one of its articles in a tab, then test again.',
  'rules.noAccess': 'Saaf may not read {site}, so it cannot test there. Allow it when the browser asks.',
  'rules.testFailed': 'Saaf could not test the rule on that tab.',
  'rules.storyFlag': 'On the open page of this site, this rule matches story text.',
  'rules.export': 'Export all rules (JSON)',
  'rules.exported': 'Your rules are in the file {file}.',
  'rules.import': 'Import rules (JSON)',
  'rules.imported': { one: 'Imported {n} rule.', other: 'Imported {n} rules.' },
  'rules.importedFlagged': {
    one: '{n} imported rule matches story text on the open page: it is marked below.',
    other: '{n} imported rules match story text on the open page: they are marked below.',
  },
  'rules.importRefused': 'This file was not imported ({why}). Nothing was changed.',
  'rules.importUnreadable': 'Saaf could not read this file. Nothing was changed.',
} as const satisfies Messages;

export const ur: Record<keyof typeof en, Message> = {
  'rules.title': 'سائٹوں کے لیے آپ کے اصول',
  'rules.intro':
    'وہ حصے جنہیں آپ نے کسی سائٹ پر ہٹانے کو کہا، صرف اسی کمپیوٹر پر محفوظ۔ صاف اس سائٹ کے دوسرے صفحات پر بھی انہیں صفحہ پڑھنے سے پہلے ہٹا دیتا ہے۔',
  'rules.none': 'ابھی کوئی اصول نہیں۔ ریڈر سے رکھے گئے یا درآمد کیے گئے اصول یہاں نظر آئیں گے۔',
  'rules.path': 'صرف {path} کے نیچے کے صفحات',
  'rules.name': 'نام',
  'rules.on': 'فعال',
  'rules.kind.selector': '{what} نشان والے حصے',
  'rules.kind.structure': '{what} شکل والی فہرستیں',
  'rules.kind.text': 'مختصر عبارت “{what}”',
  'rules.kind.region': 'خبر ہمیشہ {what} میں ہے',
  'rules.example': 'مثال: {text}',
  'rules.meta': { one: '{date} کو بنایا؛ ایک بار کچھ ہٹایا', other: '{date} کو بنایا؛ {n} بار کچھ ہٹایا' },
  'rules.test': 'کھلے ٹیب پر آزمائیں',
  'rules.delete': 'مٹائیں',
  'rules.deleted': 'اصول “{name}” مٹا دیا۔',
  'rules.testing': 'کھلے ٹیب پر آزمایا جا رہا ہے…',
  'rules.tested': { one: 'کھلے ٹیب ({url}) پر یہ {n} حصے سے ملتا ہے۔', other: 'کھلے ٹیب ({url}) پر یہ {n} حصوں سے ملتا ہے۔' },
  'rules.testedStory': 'احتیاط: وہاں یہ خبر کی عبارت بھی ہٹا دے گا۔ اگر خبر کا متن کم ہو تو اسے بند کریں یا مٹا دیں۔',
  'rules.testedNoArticle': 'صاف کو اس ٹیب پر کوئی مضمون نہیں ملا، اس لیے وہ نہیں بتا سکتا کہ یہ اصول خبر کو چھوتا ہے یا نہیں۔',
  'rules.noTab': '{site} کا کوئی ٹیب کھلا نہیں۔ اس کا کوئی مضمون ٹیب میں کھولیں اور پھر آزمائیں۔',
  'rules.noAccess': 'صاف کو {site} پڑھنے کی اجازت نہیں، اس لیے وہاں آزمایا نہیں جا سکتا۔ براؤزر پوچھے تو اجازت دیں۔',
  'rules.testFailed': 'صاف اس ٹیب پر اصول نہیں آزما سکا۔',
  'rules.storyFlag': 'اس سائٹ کے کھلے صفحے پر یہ اصول خبر کی عبارت سے ملتا ہے۔',
  'rules.export': 'تمام اصول برآمد کریں (JSON)',
  'rules.exported': 'آپ کے اصول فائل {file} میں ہیں۔',
  'rules.import': 'اصول درآمد کریں (JSON)',
  'rules.imported': { one: '{n} اصول درآمد کیا۔', other: '{n} اصول درآمد کیے۔' },
  'rules.importedFlagged': {
    one: 'درآمد کیا گیا {n} اصول کھلے صفحے پر خبر کی عبارت سے ملتا ہے: نیچے اس پر نشان ہے۔',
    other: 'درآمد کیے گئے {n} اصول کھلے صفحے پر خبر کی عبارت سے ملتے ہیں: نیچے ان پر نشان ہے۔',
  },
  'rules.importRefused': 'یہ فائل درآمد نہیں ہوئی ({why})۔ کچھ نہیں بدلا۔',
  'rules.importUnreadable': 'صاف یہ فائل نہیں پڑھ سکا۔ کچھ نہیں بدلا۔',
};
