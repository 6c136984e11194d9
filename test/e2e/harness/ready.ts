/**
 * The one element whose presence means the renderer has loaded the project and drawn the app
 * shell. The renderer sets it on its root once the first project snapshot is on screen.
 */
export const APP_READY_SELECTOR = '[data-testid="app-ready"]';
