import Phaser from 'phaser';
import { debug, installDebugApi } from './app/debug';
import { Boot } from './scenes/Boot';
import { Preloader } from './scenes/Preloader';
import { Menu } from './scenes/Menu';
import { Game } from './scenes/Game';
import { GameOver } from './scenes/GameOver';
import { COLORS, css, dpr } from './scenes/theme';

export const VERSION = '0.1.0';

installDebugApi(VERSION);

// Once loaded, the game plays and reloads offline (docs/UI.md, Offline): the built page's service worker keeps every file.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // No service worker (a private window, file://): the game still plays while the page is open.
  });
}

/*
 * The canvas is sized in device pixels and shown at CSS size (zoom 1/dpr):
 * every scene lays itself out in device pixels, so it stays sharp on
 * high-DPI screens and after any resize.
 */
const parent = document.getElementById('game')!;
const size = () => ({ w: Math.max(320, window.innerWidth), h: Math.max(240, window.innerHeight) });
const { w, h } = size();
const ratio = dpr();

const game = new Phaser.Game({
  type: Phaser.CANVAS,
  parent,
  backgroundColor: css(COLORS.paper),
  width: Math.round(w * ratio),
  height: Math.round(h * ratio),
  scale: { mode: Phaser.Scale.NONE, zoom: 1 / ratio },
  antialias: true,
  banner: false,
  audio: { noAudio: true },
  scene: [Boot, Preloader, Menu, Game, GameOver],
});

debug.frames = () => game.loop.frame;

let pending = 0;
window.addEventListener('resize', () => {
  cancelAnimationFrame(pending);
  pending = requestAnimationFrame(() => {
    const r = dpr();
    const s = size();
    game.scale.setZoom(1 / r);
    game.scale.resize(Math.round(s.w * r), Math.round(s.h * r));
    // Phaser leaves the canvas's CSS size alone when the zoom is 1 (device pixel ratio 1), so the
    // shown size stayed one resize behind: it is always set here.
    game.canvas.style.width = `${s.w}px`;
    game.canvas.style.height = `${s.h}px`;
  });
});
