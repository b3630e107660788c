/**
 * Reader strings for fixing what the engine missed (`edit.*`): remove mode, undo, the removed
 * panel, "remember for this site" and selecting the story by hand.
 */
import type { Message, Messages } from './types';

export const en = {
  'edit.remove': 'Remove blocks',
  'edit.removeHint': 'Remove blocks from this article (X)',
  'edit.modeOn': 'Remove mode: point at a block and click it, or move with ↑ ↓ and press Enter. Esc ends it.',
  'edit.undo': 'Undo',
  'edit.undoHint': 'Put the last removed block back (Ctrl+Z)',
  'edit.removedBlock': 'Removed: {text}',
  'edit.restoredBlock': 'Put back: {text}',
  'edit.removedButton': 'Removed ({n})',
  'edit.removedHint': 'What Saaf removed from this page',
  'edit.removedTitle': 'What Saaf removed',
  'edit.nothingRemoved': 'Saaf removed nothing from this page.',
  'edit.group.general': 'Saaf’s general rules',
  'edit.group.site': 'Saaf’s rules for this site',
  'edit.group.user': 'Your rules',
  'edit.partOfStory': 'This was part of the story',
  'edit.deleteRule': 'Delete this rule of mine',
  'edit.exportMisses': 'Export the report (JSON)',
  'edit.after.restored': 'Put back into the article.',
  'edit.after.failed': 'Saaf could not put it back.',
  'edit.after.deleted': 'Put back, and your rule is deleted: it will not remove anything again.',
  'edit.after.missed': 'Put back. Saaf noted this miss on this computer only; nothing was sent.',
  'edit.after.exported': 'The report is saved to your downloads.',
  'edit.remember': 'Remember for this site',
  'edit.rememberHint': 'Remove blocks like this on every page of {host}',
  'edit.remember.offer': 'Removed from this page only.',
  'edit.remember.matches': {
    one: 'The rule matches {n} block on this page (the one you removed). Remove blocks like it on every page of {host}?',
    other: 'The rule matches {n} blocks on this page. Remove blocks like these on every page of {host}?',
  },
  'edit.remember.save': 'Save the rule',
  'edit.remember.cancel': 'Cancel',
  'edit.remember.saved': 'Saved. Saaf will remove blocks like this on {host}; you can turn it off in Saaf’s settings.',
  'edit.remember.failed': 'Saaf could not save the rule.',
  'edit.remember.refused.story-text':
    'Saaf will not remember this: the same rule would also remove text of the story. It is removed from this page only.',
  'edit.remember.refused.too-broad':
    'Saaf will not remember this: the rule would remove {n} blocks on this page, too many to be one kind of leftover.',
  'edit.remember.refused.no-shape':
    'Saaf found nothing stable to recognize this block by on other pages. It is removed from this page only.',
} as const satisfies Messages;

export const ur: Record<keyof typeof en, Message> = {
  'edit.remove': 'حصے ہٹائیں',
  'edit.removeHint': 'اس مضمون سے فالتو حصے ہٹائیں (X)',
  'edit.modeOn': 'ہٹانے کا موڈ: کسی حصے پر کرسر لا کر کلک کریں، یا ↑ ↓ سے جا کر Enter دبائیں۔ Esc سے موڈ ختم کریں۔',
  'edit.undo': 'واپس لائیں',
  'edit.undoHint': 'آخری ہٹایا ہوا حصہ واپس لائیں (Ctrl+Z)',
  'edit.removedBlock': 'ہٹا دیا: {text}',
  'edit.restoredBlock': 'واپس لایا: {text}',
  'edit.removedButton': 'ہٹایا گیا ({n})',
  'edit.removedHint': 'صاف نے اس صفحے سے کیا ہٹایا',
  'edit.removedTitle': 'صاف نے کیا ہٹایا',
  'edit.nothingRemoved': 'صاف نے اس صفحے سے کچھ نہیں ہٹایا۔',
  'edit.group.general': 'صاف کے عام اصول',
  'edit.group.site': 'اس سائٹ کے لیے صاف کے اصول',
  'edit.group.user': 'آپ کے اصول',
  'edit.partOfStory': 'یہ خبر کا حصہ تھا',
  'edit.deleteRule': 'میرا یہ اصول مٹا دیں',
  'edit.exportMisses': 'رپورٹ محفوظ کریں (JSON)',
  'edit.after.restored': 'مضمون میں واپس لگا دیا۔',
  'edit.after.failed': 'صاف اسے واپس نہیں لا سکا۔',
  'edit.after.deleted': 'واپس لگا دیا، اور آپ کا اصول مٹا دیا گیا: اب یہ کچھ نہیں ہٹائے گا۔',
  'edit.after.missed': 'واپس لگا دیا۔ صاف نے یہ غلطی صرف اسی کمپیوٹر پر درج کی ہے؛ کچھ بھیجا نہیں گیا۔',
  'edit.after.exported': 'رپورٹ آپ کے ڈاؤن لوڈز میں محفوظ ہو گئی۔',
  'edit.remember': 'اس سائٹ کے لیے یاد رکھیں',
  'edit.rememberHint': '{host} کے ہر صفحے سے ایسے حصے ہٹائیں',
  'edit.remember.offer': 'صرف اسی صفحے سے ہٹایا گیا۔',
  'edit.remember.matches': {
    one: 'اس صفحے پر یہ اصول {n} حصے پر لاگو ہوتا ہے (جو آپ نے ہٹایا)۔ کیا {host} کے ہر صفحے سے ایسے حصے ہٹائے جائیں؟',
    other: 'اس صفحے پر یہ اصول {n} حصوں پر لاگو ہوتا ہے۔ کیا {host} کے ہر صفحے سے ایسے حصے ہٹائے جائیں؟',
  },
  'edit.remember.save': 'اصول محفوظ کریں',
  'edit.remember.cancel': 'رہنے دیں',
  'edit.remember.saved': 'محفوظ ہو گیا۔ صاف {host} پر ایسے حصے ہٹا دے گا؛ صاف کی ترتیبات میں اسے بند کر سکتے ہیں۔',
  'edit.remember.failed': 'صاف یہ اصول محفوظ نہیں کر سکا۔',
  'edit.remember.refused.story-text': 'صاف اسے یاد نہیں رکھے گا: یہی اصول خبر کا متن بھی ہٹا دے گا۔ یہ حصہ صرف اسی صفحے سے ہٹایا گیا ہے۔',
  'edit.remember.refused.too-broad':
    'صاف اسے یاد نہیں رکھے گا: یہ اصول اس صفحے پر {n} حصے ہٹا دے گا، جو ایک قسم کے فالتو حصے کے لیے بہت زیادہ ہیں۔',
  'edit.remember.refused.no-shape':
    'صاف کو اس حصے کی کوئی ایسی پہچان نہیں ملی جو دوسرے صفحات پر بھی کام آئے۔ یہ صرف اسی صفحے سے ہٹایا گیا ہے۔',
};
