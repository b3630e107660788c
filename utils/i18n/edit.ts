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
} as const satisfies Messages;

export const ur: Record<keyof typeof en, string> = {
  'edit.remove': 'حصے ہٹائیں',
  'edit.removeHint': 'اس مضمون سے فالتو حصے ہٹائیں (X)',
  'edit.modeOn': 'ہٹانے کا موڈ: کسی حصے پر کرسر لا کر کلک کریں، یا ↑ ↓ سے جا کر Enter دبائیں۔ Esc سے موڈ ختم کریں۔',
  'edit.undo': 'واپس لائیں',
  'edit.undoHint': 'آخری ہٹایا ہوا حصہ واپس لائیں (Ctrl+Z)',
  'edit.removedBlock': 'ہٹا دیا: {text}',
  'edit.restoredBlock': 'واپس لایا: {text}',
};
