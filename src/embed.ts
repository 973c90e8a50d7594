import { mount } from 'svelte';
import { parseEmbedOptions } from './lib/embed/embedOptions';
import EmbedApp from './lib/embed/EmbedApp.svelte';
import { loadStrings } from './lib/i18n/loadStrings';
import { parseView } from './lib/view/parseView';
import './app.css';

// Before the first paint, so that a forced theme never flashes the other one.
const { theme } = parseEmbedOptions(location.search);
if (theme !== 'auto') document.documentElement.dataset.theme = theme;

const target = document.getElementById('app')!;
loadStrings(parseView(location.search).lang).then(
  () => mount(EmbedApp, { target }),
  () => (target.textContent = '无法加载界面文字，请刷新页面。Could not load the interface text: reload the page.'),
);
