import { render } from 'preact';
import { Options } from '@/components/Options';

const app = document.getElementById('app');
if (app) render(<Options />, app);
