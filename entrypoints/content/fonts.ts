/** The content script's fonts: bundled faces from extension URLs, installed faces via local(). */
export { registerFonts, registerLocalFonts } from '@/utils/fonts-service';
