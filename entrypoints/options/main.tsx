import { render } from 'preact';
import { Options } from '@/components/Options';
import { registerFonts, registerLocalFonts } from '@/utils/fonts-service';
import './options.css';

const app = document.getElementById('app');
if (app) {
  // The same font files the reader uses, so the samples show exactly what the reader will.
  registerFonts(document);
  void registerLocalFonts(document).then((localFonts) => render(<Options localFonts={localFonts} />, app));
}
