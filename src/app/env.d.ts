/// <reference types="vite/client" />

interface Window {
  euphrates?: import('./debug').EuphratesApi;
}
