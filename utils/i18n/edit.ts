/**
 * Reader strings for fixing what the engine missed (`edit.*`): remove mode, undo, the removed
 * panel, "remember for this site" and selecting the story by hand.
 */
import type { Messages } from './types';

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
} as const satisfies Messages;

export const ur: Record<keyof typeof en, string> = {
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
};
