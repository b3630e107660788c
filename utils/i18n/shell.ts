/**
 * Strings of the overlay's shell (`shell.*`): what it shows itself before the reader UI arrives.
 * The shell imports this table alone, not the others (it is injected on every activation).
 */
import type { Messages } from './types';

export const en = {
  'shell.preparing': 'Preparing the article… This page is very large.',
} as const satisfies Messages;

export const ur: Record<keyof typeof en, string> = {
  'shell.preparing': 'مضمون تیار ہو رہا ہے… یہ صفحہ بہت بڑا ہے۔',
};
