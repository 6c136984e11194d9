// Preload: the only bridge between the sandboxed page and main. It exposes exactly the typed
// contract as `window.api` and imports nothing but electron and shared/ipc (no zod: the
// schemas are checked in main).
import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from './api.js';

contextBridge.exposeInMainWorld('api', createApi(ipcRenderer));
