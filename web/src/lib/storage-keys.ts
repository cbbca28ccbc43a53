/** Every localStorage key the web app uses, in one place so none collide or get forgotten. */
export const STORAGE_KEYS = {
  /** 'zh' | 'en' */
  language: 'dingpost:language',
  /** MUI's colour-scheme mode ('light' | 'dark' | 'system'), written by MUI itself. */
  themeMode: 'dingpost:theme-mode',
  /** MUI's remembered light/dark scheme names. */
  colorScheme: 'dingpost:color-scheme',
  /** The composer's autosaved draft (JSON). */
  composerDraft: 'dingpost:composer-draft',
  /** The composer's last chosen robot id. */
  composerRobot: 'dingpost:composer-robot',
  /** Preview width: 'pc' | 'mobile'. */
  previewWidth: 'dingpost:preview-width',
} as const;

export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];
