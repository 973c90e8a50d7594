import { mount } from 'svelte';
import { parseEmbedOptions } from './lib/embed/embedOptions';
import EmbedApp from './lib/embed/EmbedApp.svelte';
import './app.css';

// Before the first paint, so that a forced theme never flashes the other one.
const { theme } = parseEmbedOptions(location.search);
if (theme !== 'auto') document.documentElement.dataset.theme = theme;

mount(EmbedApp, { target: document.getElementById('app')! });
